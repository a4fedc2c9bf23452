#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One thing a source's Check found out, or says plainly it could not find out.
struct SourceCheckStep
{
    enum class State { Passed, Failed, NotVerified };
    State state = State::Passed;
    QString text; // one sentence for people, already redacted
};

// What a source's Check found: the window shows it in a dialog, the command line prints it.
struct SourceCheckReport
{
    QString sourceName;
    QString summary; // one line
    QList<SourceCheckStep> steps;
    QString details; // the redacted request and answer, or the dry run; may be empty

    bool ok() const
    {
        for (const SourceCheckStep &step : steps)
            if (step.state == SourceCheckStep::State::Failed)
                return false;
        return true;
    }
    bool hasUnverified() const
    {
        for (const SourceCheckStep &step : steps)
            if (step.state == SourceCheckStep::State::NotVerified)
                return true;
        return false;
    }
};

Q_DECLARE_METATYPE(SourceCheckReport)
