set(dir ${CMAKE_CURRENT_LIST_DIR})
# Debian's docker-registry (plain on :5000, basic auth on :5001, both started
# by scripts/test-services.sh) and tests/support/lyingregistry.py for the
# Bearer sign-in and the lies a real registry cannot be made to tell.
sloop_add_test(tst_registryclient SOURCES ${dir}/tst_registryclient.cpp LIBS sloop_core
               LABELS integration TIMEOUT 120)
sloop_add_test(tst_lifecyclepolicy SOURCES ${dir}/tst_lifecyclepolicy.cpp LIBS sloop_core LABELS unit)
