#pragma once

#include <QCoreApplication>

namespace sloop::store {

// Texts are looked up, and filed by lupdate, under "Store".
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

} // namespace sloop::store
