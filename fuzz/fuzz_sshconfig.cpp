// ssh_config as Sloop evaluates it for a host (Host and Match blocks,
// tokens, quoting), and each line's tokenizer.
#include "fuzzinput.h"
#include "hosts/sshconfigeval.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = sloop::fuzz::bytes(data, size);
    // The first line names the host; the rest is the configuration.
    const qsizetype newline = input.indexOf('\n');
    const QString name = QString::fromUtf8(input.left(qMax<qsizetype>(0, newline)));
    const QByteArray config = newline < 0 ? input : input.mid(newline + 1);
    sloop::hosts::evaluateOpenSshChoices(config, name, QStringLiteral("/home/fuzz"));
    for (const QByteArray &line : config.split('\n'))
        sloop::hosts::tokenizeSshConfigLine(QString::fromUtf8(line));
    sloop::hosts::matchesSshPattern(name, QString::fromUtf8(config.left(64)));
    return 0;
}
