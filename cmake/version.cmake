# The program's version: in `tariff --version` and in every fingerprint. One
# place for the main build and the fuzz build.
set(TARIFF_VERSION 0.3.0)
