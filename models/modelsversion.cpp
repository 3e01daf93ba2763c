// keeps the library non-empty until models arrive
