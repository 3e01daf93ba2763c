set(dir ${CMAKE_CURRENT_LIST_DIR})
# Provisioning steps and key pairs against the test sshd.
sloop_add_test(tst_provisioner SOURCES ${dir}/tst_provisioner.cpp LIBS sloop_core
               LABELS integration TIMEOUT 120)
sloop_add_test(tst_instancerecord SOURCES ${dir}/tst_instancerecord.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_instancerepository SOURCES ${dir}/tst_instancerepository.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_firewallplan SOURCES ${dir}/tst_firewallplan.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_hostports SOURCES ${dir}/tst_hostports.cpp LIBS sloop_core LABELS unit)
# Against the real dockerd and sloop-test/debian:bookworm (scripts/test-services.sh).
sloop_add_test(tst_systemcontainer SOURCES ${dir}/tst_systemcontainer.cpp LIBS sloop_core LABELS integration TIMEOUT 300)
# Instances end to end through InstanceService, on the real engine and image.
sloop_add_test(tst_instanceservice SOURCES ${dir}/tst_instanceservice.cpp LIBS sloop_core
               LABELS integration TIMEOUT 900)
# Every Apps + OS blueprint on a container instance until healthy (needs the mirror).
sloop_add_test(tst_blueprintprovisioning SOURCES ${dir}/tst_blueprintprovisioning.cpp
               LIBS sloop_core LABELS integration TIMEOUT 1500)
# One test function provisions every blueprint: give it the whole budget.
set_property(TEST tst_blueprintprovisioning APPEND PROPERTY ENVIRONMENT
             QTEST_FUNCTION_TIMEOUT=1400000)
# A server instance's nftables rules in the sloop-ns7 namespace (sshd on
# port 2201): nothing Sloop loads may lock it out (issue 15, finding 4).
sloop_add_test(tst_serverfirewall SOURCES ${dir}/tst_serverfirewall.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
