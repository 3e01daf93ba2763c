set(dir ${CMAKE_CURRENT_LIST_DIR})
# The create-instance wizard clicked through on the offscreen platform, down
# to a real container instance on the local engine (sloop-test/debian:bookworm).
sloop_add_test(tst_createinstancewizard SOURCES ${dir}/tst_createinstancewizard.cpp
               LIBS sloop_widgets LABELS "gui;integration" TIMEOUT 900)
# The instances page against the real engine and the test Debian image
# (scripts/test-services.sh): create, stop/start, firewall, snapshot, delete.
sloop_add_test(tst_instancespage SOURCES ${dir}/tst_instancespage.cpp LIBS sloop_widgets
               LABELS "gui;integration" TIMEOUT 900)
