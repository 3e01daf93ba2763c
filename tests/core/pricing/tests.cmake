set(dir ${CMAKE_CURRENT_LIST_DIR})
sloop_add_test(tst_pricecatalog SOURCES ${dir}/tst_pricecatalog.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_costmodel SOURCES ${dir}/tst_costmodel.cpp LIBS sloop_core LABELS unit)
sloop_add_test(tst_lambdaprice SOURCES ${dir}/tst_lambdaprice.cpp LIBS sloop_core LABELS unit)
