# Turns a text file into a C++ source that defines it as a string constant.
file(READ ${INPUT} CONTENT)
set(DELIM "tariff_embed")
file(WRITE ${OUTPUT}
  "// Generated from models/standard.yaml by cmake/embed.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace tariffs {\n"
  "extern const std::string_view standard_library_text = R\"${DELIM}(${CONTENT})${DELIM}\";\n"
  "}\n")
