# Sourced by the benchmark scripts: the median wall time of REPS runs of a
# command, in milliseconds (its output discarded).
median_ms() {
  local times=()
  for _ in $(seq "$REPS"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (REPS + 1) / 2 ))p"
}
