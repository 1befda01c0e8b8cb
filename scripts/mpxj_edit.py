#!/usr/bin/env python3
"""Edit a chb partner view's MSPDI file with MPXJ, as a partner's MS Project or ProjectLibre
would, and save it again as MSPDI.

Used by chb's integration test of the MS Project round trip: chb writes the view, MPXJ (the
library behind ProjectLibre) reads it, changes one task's % complete and finish, and writes
MSPDI with its own writer; `chb merge` must then apply exactly that change.

    pip install mpxj jpype1        # Java 11 or later must be on the PATH
    python3 scripts/mpxj_edit.py IN.xml OUT.xml TASKID PERCENT [FINISH-DATE]

TASKID is the chb task id (the custom field Text1 chb writes); FINISH-DATE (YYYY-MM-DD) sets
the task's finish and, at 100 %, its actual finish.
Exit status: 0 on success, 2 when mpxj or jpype is not installed, 1 on any other failure.
"""

import sys


def main(source, target, task_id, percent, finish=None):
    try:
        import jpype
        import mpxj  # noqa: F401  (adds MPXJ's jars to the class path)
    except ImportError as error:
        print(f"mpxj_edit: {error}; run `pip install mpxj jpype1`", file=sys.stderr)
        return 2

    jpype.startJVM(convertStrings=True)
    try:
        try:
            from org.mpxj.reader import UniversalProjectReader
            from org.mpxj.mspdi import MSPDIWriter
        except ImportError:
            from net.sf.mpxj.reader import UniversalProjectReader
            from net.sf.mpxj.mspdi import MSPDIWriter
        from java.time import LocalDateTime

        project = UniversalProjectReader().read(source)
        matches = [t for t in project.getTasks() if str(t.getText(1) or "") == task_id]
        if not matches:
            print(f"mpxj_edit: no task with Text1 {task_id}", file=sys.stderr)
            return 1
        task = matches[0]
        task.setPercentageComplete(float(percent))
        if finish:
            end = LocalDateTime.parse(f"{finish}T17:00:00")
            task.setFinish(end)
            if float(percent) >= 100:
                task.setActualFinish(end)
        MSPDIWriter().write(project, target)
        return 0
    except Exception as error:  # noqa: BLE001  (report any Java or Python failure)
        print(f"mpxj_edit: {error}", file=sys.stderr)
        return 1
    finally:
        jpype.shutdownJVM()


if __name__ == "__main__":
    if len(sys.argv) not in (5, 6):
        print(__doc__, file=sys.stderr)
        sys.exit(1)
    sys.exit(main(*sys.argv[1:]))
