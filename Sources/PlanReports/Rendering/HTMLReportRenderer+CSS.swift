extension HTMLReportRenderer {
    /// The page's style sheet: system fonts only, colours with at least 4.5:1 contrast for
    /// text, and print rules for A4 with the marking on every page.
    static let css = """
        :root { color-scheme: light; --ink: \(Palette.ink); --muted: \(Palette.muted); --rule: \(Palette.rule); --wash: \(Palette.wash);
          --red: \(Palette.red); --amber: \(Palette.amber); --green: \(Palette.green); --blue: \(Palette.blue); }
        * { box-sizing: border-box; }
        html { font-family: Arial, "Helvetica Neue", Helvetica, "Liberation Sans", "DejaVu Sans", sans-serif;
          font-size: 15px; line-height: 1.45; color: var(--ink); background: \(Palette.paper);
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0 auto; max-width: 1140px; padding: 0 24px; }
        .marking { text-align: center; padding: 5px 8px; margin: 12px 0; border-top: 3px solid var(--ink);
          border-bottom: 3px solid var(--ink); background: \(Palette.paper); font-size: 0.9rem; }
        .marking strong { font-size: 1.05rem; letter-spacing: 0.04em; }
        .kicker { margin: 24px 0 0; color: var(--muted); font-weight: bold; font-size: 0.85rem;
          text-transform: uppercase; letter-spacing: 0.06em; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0.15em 0 0.1em; }
        h2 { font-size: 1.35rem; margin: 1.8em 0 0.6em; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.05rem; margin: 1.1em 0 0.4em; }
        .asof { font-size: 1.15rem; margin: 0.1em 0 1em; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 18px; margin: 0; align-content: start; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        .scope-note { border-left: 6px solid var(--blue); background: var(--wash); padding: 8px 12px; }
        .rag { display: inline-block; padding: 0 7px; border: 1px solid transparent; border-radius: 3px;
          font-weight: bold; white-space: nowrap; line-height: 1.5; }
        .rag-red { background: var(--red); color: \(Palette.paper); }
        .rag-amber { background: var(--amber); color: var(--ink); border-color: \(Palette.amberEdge); }
        .rag-green { background: var(--green); color: \(Palette.paper); }
        .rag-complete { background: var(--blue); color: \(Palette.paper); }
        .rag-notStarted { background: \(Palette.paper); color: var(--ink); border-color: var(--muted); }
        .rag-legend { margin: 0 0 0 auto; display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px;
          font-size: 0.78rem; max-width: 430px; align-items: baseline; }
        .rag-legend dt { text-align: right; }
        .rag-legend dd { margin: 0; color: var(--muted); }
        .rag-legend .rag { font-size: 0.72rem; }
        .measure-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 8px 18px; }
        figure.measure { margin: 0; }
        figure.measure figcaption { font-weight: bold; font-size: 0.88rem; }
        svg.measure-chart { width: 100%; max-width: 340px; height: auto; }
        figure.workload-figure { margin: 0 0 12px; }
        svg.workload { width: 100%; height: auto; }
        .changes { border-left: 6px solid var(--ink); background: var(--wash); padding: 6px 14px 8px; margin: 1em 0; }
        .changes h3 { margin-top: 0.4em; }
        .travel { display: flex; flex-wrap: wrap; gap: 6px 22px; margin: 0.3em 0 0.6em; }
        .direction { font-weight: bold; }
        .direction-worse { color: var(--red); }
        .direction-better, .direction-completed { color: var(--green); }
        .change-lists { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 0 24px; }
        .change-lists h4 { margin: 0.5em 0 0.2em; font-size: 0.95rem; }
        .change-lists ul { margin: 0; padding-left: 1.1em; }
        .change-lists li, .caveat { font-size: 0.9rem; }
        .id { white-space: nowrap; color: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.8rem; }
        .caveat { color: var(--muted); margin: 0.4em 0 0; }
        .rag-large { font-size: 1.6rem; padding: 4px 18px; }
        h2 .rag { font-size: 1rem; vertical-align: 3px; margin-left: 6px; }
        .overall { display: flex; gap: 18px; align-items: center; padding: 12px 16px; margin-bottom: 12px;
          background: var(--wash); border-left: 10px solid var(--muted); }
        .overall-red { border-left-color: var(--red); }
        .overall-amber { border-left-color: \(Palette.amberLine); }
        .overall-green { border-left-color: var(--green); }
        .overall-complete { border-left-color: var(--blue); }
        .overall p { margin: 2px 0; }
        .stage-line .rag { margin-right: 10px; }
        .headline { font-weight: bold; }
        .rag-note { background: \(Palette.paper); color: var(--muted); border-color: var(--rule); font-weight: normal; }
        .key-points { list-style: none; padding: 0; margin: 0.3em 0 1em; }
        .key-points li { display: flex; gap: 0.6em; align-items: baseline; margin: 0 0 5px; }
        .key-points .rag { flex: none; font-size: 0.85em; min-width: 4.6em; text-align: center; }
        table { width: 100%; border-collapse: collapse; margin: 0.4em 0 1.2em; font-size: 0.9rem; }
        caption { caption-side: top; text-align: left; font-weight: bold; font-size: 0.98rem; padding: 4px 0 6px; }
        th, td { padding: 5px 8px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--rule); }
        thead th { background: var(--wash); border-bottom: 2px solid var(--ink); }
        tbody th { font-weight: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        table.counts { width: auto; }
        table.counts td, table.counts th { min-width: 5.5em; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.85em;
          color: var(--ink); white-space: nowrap; }
        .task-title { display: inline-block; max-width: 44em; }
        .muted, .note { color: var(--muted); }
        .note { font-size: 0.88rem; }
        .over, .worse { color: var(--red); font-weight: bold; white-space: nowrap; }
        .better { color: var(--green); font-weight: bold; white-space: nowrap; }
        .met { color: var(--green); font-weight: bold; white-space: nowrap; }
        .unmet { color: var(--red); font-weight: bold; white-space: nowrap; }
        td time, th time { white-space: nowrap; }
        .stage-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 8px 32px; align-items: start; }
        .reasons h3 { margin-top: 0; }
        .reason-list { list-style: none; padding: 0; margin: 0; }
        .reason-list li { margin: 0 0 4px; }
        .reason-list .rag { min-width: 4.5em; text-align: center; margin-right: 6px; }
        .meter { display: inline-block; width: 120px; height: 10px; vertical-align: -1px; background: var(--wash);
          border: 1px solid var(--muted); }
        .meter > span { display: block; height: 100%; background: var(--green); }
        figure { margin: 0; }
        svg.timeline { display: block; width: 100%; height: auto; font-family: inherit; }
        .legend { display: flex; flex-wrap: wrap; gap: 4px 20px; list-style: none; padding: 0; margin: 8px 0 0;
          font-size: 0.85rem; }
        .swatch { display: inline-block; width: 24px; height: 11px; margin-right: 6px; vertical-align: -1px;
          border: 1px solid var(--muted); }
        .swatch.diamond { width: 11px; transform: rotate(45deg); background: \(Palette.paper); margin: 0 10px 0 6px; }
        .swatch.critical { border: 3px solid var(--ink); background: \(Palette.paper); }
        .swatch.overdue { background: repeating-linear-gradient(45deg, \(Palette.red) 0 3px, \(Palette.redWash) 3px 6px); border-color: \(Palette.red); }
        .swatch.planned-window { background: \(Palette.window); border-top: 4px solid var(--ink); }
        .swatch.asof-line { width: 0; height: 16px; border: 0; border-left: 2px dashed var(--ink); margin: 0 10px; }
        svg.spark { display: block; }
        footer.about { margin-top: 2em; font-size: 0.88rem; }
        footer.about h2 { font-size: 1.1rem; }
        a { color: var(--blue); }
        @media screen and (max-width: 760px) {
          .stage-grid { grid-template-columns: 1fr; }
          body { padding: 0 10px; }
        }
        @page { size: A4; margin: 10mm 0;
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: Arial, sans-serif;
            font-size: 8pt; color: \(Palette.muted); margin-right: 14mm; } }
        @media print {
          html { font-size: 9pt; }
          body { max-width: none; margin: 0; padding: 10mm 14mm; -webkit-box-decoration-break: clone;
            box-decoration-break: clone; }
          .marking { position: fixed; left: 14mm; right: 14mm; margin: 0; padding: 1mm 2mm; font-size: 8.5pt;
            border-width: 2px; }
          .marking-top { top: 0; }
          .marking-bottom { bottom: 0; }
          .kicker { margin-top: 0; }
          h2, h3, caption { break-after: avoid; page-break-after: avoid; }
          tr, li, .overall, dl.facts, figure, svg.spark, svg.measure-chart, .reasons { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          section.appendix { break-before: page; }
          table.keep { break-inside: avoid; page-break-inside: avoid; }
          h2 { margin-top: 1.1em; }
          .report-header dl.facts { gap: 1px 14px; }
          .overall { padding: 6px 12px; }
          a { color: inherit; text-decoration: none; }
          .task-title { max-width: none; }
        }

        """
}
