sloop_add_test(tst_learnpage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_learnpage.cpp
               LIBS sloop_widgets LABELS gui)
# The placeholder pages lead to Learn cards; their test lives beside the Learn
# page's so the shell's own test list stays free for the main window.
sloop_add_test(tst_placeholderpage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_placeholderpage.cpp
               LIBS sloop_widgets LABELS gui)
