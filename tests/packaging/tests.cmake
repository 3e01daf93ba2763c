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
