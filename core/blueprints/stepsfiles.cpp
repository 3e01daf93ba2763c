// write_files and bootcmd steps: files written to a temporary name beside
// the target, then moved into place, so a rerun or a crash never leaves a
// half-written file.
#include "blueprintstext.h"
#include "stepcompilers.h"

namespace sloop::blueprints {

namespace {

// Raw bytes per step; quoted or base64-encoded they stay well below the
// step limit.
constexpr qsizetype kChunk = 48 * 1024;

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

QByteArray octal(int mode)
{
    return QByteArray::number(mode, 8).rightJustified(4, '0');
}

// The lines that put "$tmp" in place as "$p" with mode and owner.
void finish(ShellScript &s, const FileSpec &file)
{
    if (file.append) {
        // The old content plus the new, as one new file: a rerun appends once.
        s.raw("if [ -e \"$p\" ]; then cat -- \"$p\" \"$tmp\" > \"$tmp.all\"; "
              "mv -f -- \"$tmp.all\" \"$tmp\"; fi");
    }
    // chown first: it clears setuid and setgid bits a chmod set before.
    s.raw("chown -- " + s.quote(file.owner) + " \"$tmp\"");
    s.raw("chmod " + octal(file.permissions) + " -- \"$tmp\"");
    s.raw("mv -f -- \"$tmp\" \"$p\"");
}

void header(ShellScript &s, const FileSpec &file)
{
    s.assign("p", file.path);
    s.assign("d", parentOf(file.path));
    s.raw("tmp=\"$p.sloop-new\"");
    s.raw("umask 022");
    s.raw("mkdir -p -- \"$d\"");
    s.raw("umask 077"); // the content is not readable before its mode is set
}

} // namespace

VoidResult compileWriteFile(const FileSpec &file, Steps &steps)
{
    const QString module = QStringLiteral("write_files");
    const QString title = file.defer ? BlueprintsText::tr("write %1 (deferred)").arg(file.path)
                                     : BlueprintsText::tr("write %1").arg(file.path);
    if (file.content.size() <= kChunk) {
        ShellScript s;
        header(s, file);
        s.writeBytes(file.content, "\"$tmp\"");
        finish(s, file);
        return addStep(steps, module, title, s);
    }
    // Big contents: one part file per step, then one step joins them.
    const qsizetype parts = (file.content.size() + kChunk - 1) / kChunk;
    for (qsizetype i = 0; i < parts; ++i) {
        ShellScript s;
        header(s, file);
        s.writeBytes(file.content.mid(i * kChunk, kChunk),
                     "\"$p.sloop-part" + QByteArray::number(i) + '"');
        const VoidResult added =
            addStep(steps, module,
                    BlueprintsText::tr("%1 (part %2 of %3)").arg(title).arg(i + 1).arg(parts), s);
        if (!added)
            return added;
    }
    ShellScript s;
    header(s, file);
    QByteArray cat = "cat --";
    QByteArray rm = "rm -f --";
    for (qsizetype i = 0; i < parts; ++i) {
        cat += " \"$p.sloop-part" + QByteArray::number(i) + '"';
        rm += " \"$p.sloop-part" + QByteArray::number(i) + '"';
    }
    s.raw(cat + " > \"$tmp\"");
    finish(s, file);
    s.raw(rm);
    return addStep(steps, module, BlueprintsText::tr("%1 (joining %2 parts)").arg(title).arg(parts),
                   s);
}

VoidResult compileBootcmd(const QList<CommandSpec> &commands, const TargetInfo &target,
                          Steps &steps)
{
    // cloud-init runs bootcmd on every boot: the commands are kept in a file
    // that a system container's init runs at each start, and that a systemd
    // unit runs on a server; this step runs it once now.
    ShellScript s;
    QByteArray body = "#!/bin/sh\n";
    for (const CommandSpec &c : commands)
        body += commandText(s, c) + '\n';
    const QByteArray dir = kInstanceStateDir;
    s.raw("umask 022");
    s.raw("mkdir -p " + dir);
    s.writeBytes(body, dir + "/bootcmd.sh.sloop-new");
    s.raw("chmod 0700 " + dir + "/bootcmd.sh.sloop-new");
    s.raw("mv -f " + dir + "/bootcmd.sh.sloop-new " + dir + "/bootcmd.sh");
    if (!target.container) {
        s.raw("if [ -d /run/systemd/system ]; then\n"
              "  printf '%s\\n' '[Unit]' 'Description=Sloop bootcmd (runs "
              "/var/lib/sloop/bootcmd.sh at boot)' 'After=local-fs.target' '' '[Service]' "
              "'Type=oneshot' 'ExecStart=/bin/sh " +
              dir +
              "/bootcmd.sh' '' '[Install]' 'WantedBy=multi-user.target' "
              "> /etc/systemd/system/sloop-bootcmd.service\n"
              "  mkdir -p /etc/systemd/system/multi-user.target.wants\n"
              "  ln -sf ../sloop-bootcmd.service "
              "/etc/systemd/system/multi-user.target.wants/sloop-bootcmd.service\n"
              "fi");
    }
    s.raw("sh " + dir + "/bootcmd.sh");
    return addStep(steps, QStringLiteral("bootcmd"),
                   BlueprintsText::tr("bootcmd (%n command(s), also run at every boot)", nullptr,
                                      int(commands.size())),
                   s);
}

} // namespace sloop::blueprints
