#!/usr/bin/env python3
"""Read a project file with MPXJ and print its tasks as JSON.

Used by chb's integration test to check that an independent reader (MPXJ, the library behind
ProjectLibre's and many other tools' MS Project import) sees the same tasks, dates, completion
and links in chb's Microsoft Project XML (MSPDI) export.

    pip install mpxj jpype1        # Java 11 or later must be on the PATH
    python3 scripts/mpxj_read.py plan.mspdi.xml

Output: {"mpxj": VERSION, "tasks": [...]} with, for every task in file order,
uid, id, name, outlineLevel, summary, start, finish (ISO local date-times), percentComplete,
milestone, active, and predecessors: [{"uid", "type" (FS/SS/FF/SF), "lagMinutes"}].
Exit status: 0 on success, 2 when mpxj or jpype is not installed, 1 on any other failure.
"""

import json
import sys


def main(path):
    try:
        import jpype
        import mpxj  # noqa: F401  (adds MPXJ's jars to the class path)
    except ImportError as error:
        print(f"mpxj_read: {error}; run `pip install mpxj jpype1`", file=sys.stderr)
        return 2

    jpype.startJVM(convertStrings=True)
    try:
        try:
            from org.mpxj.reader import UniversalProjectReader  # MPXJ 13 and later
            from org.mpxj import TimeUnit
        except ImportError:
            from net.sf.mpxj.reader import UniversalProjectReader  # older MPXJ
            from net.sf.mpxj import TimeUnit

        project = UniversalProjectReader().read(path)
        if project is None:
            print(f"mpxj_read: MPXJ did not recognise {path}", file=sys.stderr)
            return 1
        minutes_per_day = project.getProjectProperties().getMinutesPerDay()
        minutes_per_day = int(minutes_per_day) if minutes_per_day is not None else 480
        minutes_per_week = project.getProjectProperties().getMinutesPerWeek()
        minutes_per_week = int(minutes_per_week) if minutes_per_week is not None else minutes_per_day * 5

        def text(value):
            return None if value is None else str(value)

        def lag_minutes(duration):
            if duration is None:
                return 0
            # Express the lag in minutes of working time using the project's own day length,
            # whatever unit MPXJ chose to hold it in.
            unit = duration.getUnits()
            amount = float(duration.getDuration())
            per_unit = {
                TimeUnit.MINUTES: 1,
                TimeUnit.HOURS: 60,
                TimeUnit.DAYS: minutes_per_day,
                TimeUnit.WEEKS: minutes_per_week,
                TimeUnit.ELAPSED_MINUTES: 1,
                TimeUnit.ELAPSED_HOURS: 60,
                TimeUnit.ELAPSED_DAYS: 1440,
                TimeUnit.ELAPSED_WEEKS: 1440 * 7,
            }.get(unit)
            if per_unit is None:
                return None
            return round(amount * per_unit)

        tasks = []
        for task in project.getTasks():
            predecessors = []
            for relation in task.getPredecessors():
                # MPXJ 13+ names the other task getPredecessorTask(); older versions getTargetTask().
                other = relation.getPredecessorTask() if hasattr(relation, "getPredecessorTask") else relation.getTargetTask()
                predecessors.append({
                    "uid": int(other.getUniqueID()),
                    "type": str(relation.getType()),
                    "lagMinutes": lag_minutes(relation.getLag()),
                })
            percent = task.getPercentageComplete()
            tasks.append({
                "uid": int(task.getUniqueID()) if task.getUniqueID() is not None else None,
                "id": int(task.getID()) if task.getID() is not None else None,
                "name": text(task.getName()),
                "outlineLevel": int(task.getOutlineLevel()) if task.getOutlineLevel() is not None else None,
                "summary": bool(task.getSummary()),
                "start": text(task.getStart()),
                "finish": text(task.getFinish()),
                "percentComplete": float(percent) if percent is not None else None,
                "milestone": bool(task.getMilestone()),
                "active": bool(task.getActive()),
                "predecessors": predecessors,
            })
        version = None
        try:
            from org.mpxj import MPXJ  # not present in every version
            version = str(MPXJ.VERSION)
        except Exception:
            pass
        json.dump({"mpxj": version, "tasks": tasks}, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    except Exception as error:  # a Java exception surfaces here too
        print(f"mpxj_read: cannot read {path}: {error}", file=sys.stderr)
        return 1
    finally:
        jpype.shutdownJVM()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: mpxj_read.py FILE", file=sys.stderr)
        sys.exit(64)
    sys.exit(main(sys.argv[1]))
