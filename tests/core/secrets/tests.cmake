# The real keychain: a private D-Bus session with a fresh gnome-keyring-daemon
# (with-keyring.sh), plus the CLI against the test sshd.
sloop_add_test(tst_secretstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_secretstore.cpp
               LIBS sloop_core LABELS integration TIMEOUT 300
               WRAPPER ${CMAKE_CURRENT_SOURCE_DIR}/support/with-keyring.sh)
add_dependencies(tst_secretstore sloop)
