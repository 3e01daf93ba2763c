// Holds a precompiled header set that test suites reuse (tests/CMakeLists.txt).
