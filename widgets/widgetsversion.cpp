// keeps the library non-empty until widgets arrive
