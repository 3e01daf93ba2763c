set(dir ${CMAKE_CURRENT_LIST_DIR})
find_package(ZLIB REQUIRED)
# cloud-config parsing and validation; step compilation; the catalogue.
sloop_add_test(tst_cloudconfig SOURCES ${dir}/tst_cloudconfig.cpp LIBS sloop_core ZLIB::ZLIB
               LABELS unit)
sloop_add_test(tst_provisionplan SOURCES ${dir}/tst_provisionplan.cpp LIBS sloop_core
               LABELS unit)
sloop_add_test(tst_blueprintcatalog SOURCES ${dir}/tst_blueprintcatalog.cpp LIBS sloop_core
               LABELS unit)
# Compiled steps run for real with `docker exec` in a throwaway container of
# the test image sloop-test/debian:bookworm (scripts/test-services.sh).
sloop_add_test(tst_blueprintsteps SOURCES ${dir}/tst_blueprintsteps.cpp LIBS sloop_core ZLIB::ZLIB
               LABELS integration TIMEOUT 300)
