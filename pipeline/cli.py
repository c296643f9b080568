"""The `warta` command: a thin layer over the library; each command calls one documented function."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click

from pipeline.paths import CORPUS


@click.group()
@click.version_option(package_name="warta")
def main() -> None:
    """warta: Indonesian news articles in, structured citable records out."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Where the extracted records go (JSONL).")
@click.option("--errors", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where records that could not be processed go (default OUT.errors.jsonl).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
def extract(inputs: tuple[str, ...], output: Path, errors: Path | None, jobs: int) -> None:
    """Extract officials, quotes, dates, venues and regulations from articles.

    INPUTS are .jsonl files of records (`text` required), .txt or .html articles, directories of those, or -.

    Example: warta extract corpus/sample/articles.jsonl --output out/articles.jsonl
    """
    from pipeline.batch import run_extract
    from pipeline.io import InputError, expand, read_inputs

    try:
        expand(inputs)
    except InputError as e:
        raise click.UsageError(str(e))
    errors = errors or output.with_name(output.name.removesuffix(".jsonl") + ".errors.jsonl")
    summary = run_extract(read_inputs(inputs), output, errors, jobs=jobs)
    click.echo(summary.line(), err=True)
    if summary.records == 0:
        raise click.ClickException(f"nothing could be processed; see {errors}")


@main.command("eval")
@click.argument("gold", nargs=-1, required=True)
@click.option("--pred", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Extracted records (JSONL) to score; extraction runs on the gold texts when absent.")
@click.option("--details", is_flag=True, help="List misses and false hits per article.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_command(gold: tuple[str, ...], pred: str | None, details: bool, as_json: bool) -> None:
    """Score extraction against gold annotations (spec/SCORING.md) per category.

    Example: warta eval corpus/annotated/
    """
    from pipeline.evaluate import evaluate, format_table
    from pipeline.io import InputError, read_inputs

    try:
        golds = [item.record for item in read_inputs(gold) if item.record and "gold" in item.record]
    except InputError as e:
        raise click.UsageError(str(e))
    if not golds:
        raise click.ClickException("no gold articles found (JSON objects with a 'gold' field)")
    if pred:
        preds = {r["id"]: r for r in (item.record for item in read_inputs([pred])) if r}
    else:
        from pipeline.api import extract_record

        preds = {}
        for g in golds:
            try:
                preds[g["id"]] = extract_record({k: g.get(k) for k in ("id", "text", "url", "source", "published", "title")})
            except Exception as e:  # a crash counts as a miss
                click.echo(f"warta: {g['id']}: extraction failed: {e}", err=True)
    report = evaluate(golds, preds)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(f"{len(golds)} articles")
        click.echo(format_table(report))
    if details:
        for article in report.details:
            click.echo(f"\n== {article['id']}")
            for category, found in article.items():
                if category == "id":
                    continue
                for kind in ("missed", "false", "misattributed"):
                    for item in found.get(kind, []):
                        click.echo(f"  {category:<16} {kind:<13} {item}")


@main.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("out/demo.jsonl"),
              show_default=True)
def demo(output: Path) -> None:
    """Run extraction on the bundled sample corpus and print a short summary.

    Example: warta demo
    """
    from pipeline.batch import run_extract
    from pipeline.io import read_inputs

    sample = CORPUS / "sample" / "articles.jsonl"
    errors = output.with_name(output.stem + ".errors.jsonl")
    summary = run_extract(read_inputs([str(sample)]), output, errors)
    top = Counter(summary.speakers).most_common(5)
    click.echo(f"articles:  {summary.records} ({summary.errors} errors) in {summary.seconds:.1f} s")
    click.echo(f"officials: {summary.officials}")
    click.echo(f"quotes:    {summary.quotes}")
    click.echo("top speakers:")
    for name, count in top:
        click.echo(f"  {count:3d}  {name}")
    click.echo(f"records written to {output} (errors: {errors})")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
