set(dir ${CMAKE_CURRENT_LIST_DIR})
# The instances page against the real engine and the test Debian image
# (scripts/test-services.sh): create, stop/start, firewall, snapshot, delete.
sloop_add_test(tst_instancespage SOURCES ${dir}/tst_instancespage.cpp LIBS sloop_widgets
               LABELS "gui;integration" TIMEOUT 900)
