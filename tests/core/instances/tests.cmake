set(dir ${CMAKE_CURRENT_LIST_DIR})
# Provisioning steps and key pairs against the test sshd.
sloop_add_test(tst_provisioner SOURCES ${dir}/tst_provisioner.cpp LIBS sloop_core
               LABELS integration TIMEOUT 120)
sloop_add_test(tst_instancerecord SOURCES ${dir}/tst_instancerecord.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_instancerepository SOURCES ${dir}/tst_instancerepository.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_hostports SOURCES ${dir}/tst_hostports.cpp LIBS sloop_core LABELS unit)
# Against the real dockerd and sloop-test/debian:bookworm (scripts/test-services.sh).
sloop_add_test(tst_systemcontainer SOURCES ${dir}/tst_systemcontainer.cpp LIBS sloop_core LABELS integration TIMEOUT 300)
