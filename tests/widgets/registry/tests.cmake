set(dir ${CMAKE_CURRENT_LIST_DIR})
# The Registries page on Debian's docker-registry (127.0.0.1:5000) and the
# real dockerd (pushes go through it).
sloop_add_test(tst_registriespage SOURCES ${dir}/tst_registriespage.cpp LIBS sloop_widgets
               LABELS gui integration TIMEOUT 180)
