#pragma once

#include <QByteArrayView>

namespace sloop::http {

// RFC 9110's small grammar, shared by the parsers of both sides.

// A token character: what a method and a header name may hold.
bool isTokenChar(char c);
bool isToken(QByteArrayView text);
// Visible characters, spaces, tabs and obs-text (bytes >= 0x80); never a
// control character (a bare CR or LF above all).
bool isFieldValue(QByteArrayView text);
// "Name: value" with a token name right before the colon.
bool isFieldLine(QByteArrayView line);
// Without the spaces and tabs at either end.
QByteArrayView trimmedOws(QByteArrayView text);

} // namespace sloop::http
