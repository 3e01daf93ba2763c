set(dir ${CMAKE_CURRENT_LIST_DIR})
# Provisioning steps and key pairs against the test sshd.
sloop_add_test(tst_provisioner SOURCES ${dir}/tst_provisioner.cpp LIBS sloop_core
               LABELS integration TIMEOUT 120)
