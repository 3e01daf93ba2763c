set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_runspecparser SOURCES ${dir}/tst_runspecparser.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_containerinventory SOURCES ${dir}/tst_containerinventory.cpp LIBS sloop_core LABELS integration TIMEOUT 300)
# Pulls 127.0.0.1:5000/sloop/busybox as tst_imagespage does: never both at once.
sloop_add_test(tst_containerlauncher SOURCES ${dir}/tst_containerlauncher.cpp LIBS sloop_core LABELS integration TIMEOUT 300)
set_tests_properties(tst_containerlauncher PROPERTIES RESOURCE_LOCK sloop-registry-busybox)
