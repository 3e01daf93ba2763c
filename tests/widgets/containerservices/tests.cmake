set(dir ${CMAKE_CURRENT_LIST_DIR})
# The Container services page on a one-node swarm of scripts/start-swarm-nodes.sh.
sloop_add_test(tst_containerservicespage SOURCES ${dir}/tst_containerservicespage.cpp
               LIBS sloop_widgets LABELS gui integration TIMEOUT 400)
set_tests_properties(tst_containerservicespage PROPERTIES RESOURCE_LOCK sloop-swarm)
