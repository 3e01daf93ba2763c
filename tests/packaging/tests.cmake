# The desktop entry and AppStream metainfo must pass the validators that
# Debian's lintian and software centres use. A missing validator fails the
# test (the command is not found) rather than skipping it.
find_program(SLOOP_DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(SLOOP_APPSTREAMCLI appstreamcli)
if(NOT SLOOP_DESKTOP_FILE_VALIDATE)
    set(SLOOP_DESKTOP_FILE_VALIDATE desktop-file-validate)
endif()
if(NOT SLOOP_APPSTREAMCLI)
    set(SLOOP_APPSTREAMCLI appstreamcli)
endif()

add_test(NAME packaging_desktop_file
         COMMAND ${SLOOP_DESKTOP_FILE_VALIDATE}
                 ${CMAKE_SOURCE_DIR}/packaging/io.github.sloop.Sloop.desktop)
add_test(NAME packaging_metainfo
         COMMAND ${SLOOP_APPSTREAMCLI} validate --no-net
                 ${CMAKE_SOURCE_DIR}/packaging/io.github.sloop.Sloop.metainfo.xml)
set_tests_properties(packaging_desktop_file packaging_metainfo PROPERTIES LABELS packaging)

# The headless .deb installs and serves in a clean Debian 12 container with
# no GUI libraries (apt from the mirror; the test image from test-services).
add_test(NAME packaging_server_deb
         COMMAND ${CMAKE_CURRENT_LIST_DIR}/serverpackage.sh ${CMAKE_BINARY_DIR})
set_tests_properties(packaging_server_deb PROPERTIES LABELS "packaging;integration" TIMEOUT 600
                     FAIL_REGULAR_EXPRESSION "FAIL:")
