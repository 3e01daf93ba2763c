set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_remotecommand SOURCES ${dir}/tst_remotecommand.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_sshsession SOURCES ${dir}/tst_sshsession.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
sloop_add_test(tst_sshchannel SOURCES ${dir}/tst_sshchannel.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
sloop_add_test(tst_sshsocketforward SOURCES ${dir}/tst_sshsocketforward.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
sloop_add_test(tst_sshlinkcut SOURCES ${dir}/tst_sshlinkcut.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
sloop_add_test(tst_sshjump SOURCES ${dir}/tst_sshjump.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
sloop_add_test(tst_sftpclient SOURCES ${dir}/tst_sftpclient.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
sloop_add_test(tst_knownhostsfile SOURCES ${dir}/tst_knownhostsfile.cpp LIBS sloop_core
               LABELS integration TIMEOUT 300)
