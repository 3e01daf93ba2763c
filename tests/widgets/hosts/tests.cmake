set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_hostspage SOURCES ${dir}/tst_hostspage.cpp LIBS sloop_widgets
               LABELS gui integration TIMEOUT 300)
sloop_add_test(tst_hostlistmodel SOURCES ${dir}/tst_hostlistmodel.cpp LIBS sloop_models
               LABELS unit)
sloop_add_test(tst_filebrowser SOURCES ${dir}/tst_filebrowser.cpp LIBS sloop_widgets
               LABELS "gui;integration" TIMEOUT 300)
# The SSH password dialog against the loopback sshd (issue 15, finding 5).
sloop_add_test(tst_secretprompt SOURCES ${dir}/tst_secretprompt.cpp LIBS sloop_widgets
               LABELS "gui;integration" TIMEOUT 120)
