#pragma once

#include <QStringList>

class CliContext;

// One function per command; args[0] names the command for messages. Each returns the exit status.
namespace Commands {
int sourceAdd(CliContext &ctx, const QStringList &args);
int sourceList(CliContext &ctx, const QStringList &args);
int sourceRemove(CliContext &ctx, const QStringList &args);
int sourceCheck(CliContext &ctx, const QStringList &args);
int purge(CliContext &ctx, const QStringList &args);
int presetSave(CliContext &ctx, const QStringList &args);
int presetList(CliContext &ctx, const QStringList &args);
int presetRun(CliContext &ctx, const QStringList &args);
int presetRemove(CliContext &ctx, const QStringList &args);
int history(CliContext &ctx, const QStringList &args);
int retry(CliContext &ctx, const QStringList &args);
int resume(CliContext &ctx, const QStringList &args);
int worker(CliContext &ctx, const QStringList &args);
int approve(CliContext &ctx, const QStringList &args);
int reject(CliContext &ctx, const QStringList &args);
int changes(CliContext &ctx, const QStringList &args);
int profileSetAside(CliContext &ctx, const QStringList &args);
int profileCopy(CliContext &ctx, const QStringList &args);
} // namespace Commands
