set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_hostrepository SOURCES ${dir}/tst_hostrepository.cpp LIBS sloop_core LABELS unit)
# Reads a config the test writes; its last case connects to the test sshd.
sloop_add_test(tst_sshconfigimport SOURCES ${dir}/tst_sshconfigimport.cpp LIBS sloop_core
               LABELS integration TIMEOUT 120)
# A host's Docker engine through an SSH forward, in the GUI's way and the CLI's.
sloop_add_test(tst_remoteengines SOURCES ${dir}/tst_remoteengines.cpp LIBS sloop_core
               LABELS integration TIMEOUT 180)
sloop_add_test(tst_sshconfigvsopenssh SOURCES ${dir}/tst_sshconfigvsopenssh.cpp LIBS sloop_core
               LABELS unit TIMEOUT 120)
# The facts script: parsing, this machine, and a container with a plan's limits.
sloop_add_test(tst_hostfacts SOURCES ${dir}/tst_hostfacts.cpp LIBS sloop_core
               LABELS integration TIMEOUT 120)
