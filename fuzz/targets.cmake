# The fuzz targets (fuzz/fuzz_NAME.cpp, seeds in fuzz/corpus/NAME): one list
# for the fuzz build and for the main build's ctest, which runs each briefly.
set(SLOOP_FUZZ_TARGETS httpresponse httprequest dockerjson streams hostframes sshconfig
    cloudconfig schedule gateway)
