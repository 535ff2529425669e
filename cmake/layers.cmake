# Reads cmake/layers.txt: sets LAYERS (the folders, lowest first) and, for each,
# LAYER_USES_<target> (the layers it builds on directly) where <target> is the
# folder's library name (`tariffs/model` → `tariffs_model`).
function(layer_target folder out)
  string(REPLACE "/" "_" name "${folder}")
  set(${out} ${name} PARENT_SCOPE)
endfunction()

file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/layers.txt layer_lines REGEX "^[^#].*:")
set(LAYERS "")
foreach(line ${layer_lines})
  string(REGEX MATCH "^([^:]+):(.*)$" _ "${line}")
  set(folder "${CMAKE_MATCH_1}")
  string(STRIP "${CMAKE_MATCH_2}" uses)
  separate_arguments(uses UNIX_COMMAND "${uses}")
  list(APPEND LAYERS ${folder})
  layer_target(${folder} target)
  set(LAYER_USES_${target} ${uses})
endforeach()
