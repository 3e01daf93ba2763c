set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_hostports SOURCES ${dir}/tst_hostports.cpp LIBS sloop_core LABELS unit)
# Against the real dockerd and sloop-test/debian:bookworm (scripts/test-services.sh).
sloop_add_test(tst_systemcontainer SOURCES ${dir}/tst_systemcontainer.cpp LIBS sloop_core LABELS integration TIMEOUT 300)
