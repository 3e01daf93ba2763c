set(dir ${CMAKE_CURRENT_LIST_DIR})
# The Swarm page on the two engines of scripts/start-swarm-nodes.sh.
sloop_add_test(tst_swarmpage SOURCES ${dir}/tst_swarmpage.cpp LIBS sloop_widgets
               LABELS gui integration TIMEOUT 400)
set_tests_properties(tst_swarmpage PROPERTIES RESOURCE_LOCK sloop-swarm)
