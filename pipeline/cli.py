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
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Processes on this machine, or a Dask cluster (a local one unless --scheduler is given).")
@click.option("--scheduler", default=None, help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default=None,
              help="Output format (default: parquet for a .parquet output, else jsonl).")
@click.option("--overwrite", is_flag=True, help="Start over instead of skipping the ids already in the output.")
@click.option("--entities", is_flag=True, help="Add the NER model's entities to each record (several times slower).")
def extract(inputs: tuple[str, ...], output: Path, errors: Path | None, jobs: int, engine: str,
            scheduler: str | None, fmt: str | None, overwrite: bool, entities: bool) -> None:
    """Extract officials, quotes, dates, venues and regulations from articles; a rerun resumes.

    INPUTS are .jsonl files of records (`text` required), .txt or .html articles, directories of those, or -.

    Example: warta extract corpus/sample/articles.jsonl --output out/articles.jsonl --jobs 2
    """
    from pipeline.batch import BatchError, count_records, run_extract
    from pipeline.io import InputError, expand, read_inputs

    try:
        expand(inputs)
    except InputError as e:
        raise click.UsageError(str(e))
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    stem = output.name.removesuffix(".jsonl").removesuffix(".parquet")
    errors = errors or output.with_name(stem + ".errors.jsonl")
    try:
        summary = run_extract(read_inputs(inputs), output, errors, jobs=jobs, engine=engine, scheduler=scheduler,
                              fmt=fmt, resume=not overwrite, total=count_records(inputs), entities=entities)
    except BatchError as e:
        raise click.ClickException(str(e)) from e
    click.echo(summary.line(), err=True)
    if summary.records == 0 and summary.skipped == 0:
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
    from pipeline.evaluate import describe, evaluate, format_table
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
                        click.echo(f"  {category:<16} {kind:<13} {describe(category, item)}")


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


db_option = click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                         default=Path("warta.db"), show_default=True, help="The SQLite quote store.")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
def index(files: tuple[Path, ...], db_path: Path) -> None:
    """Load extracted records (JSONL from `warta extract`) into the quote store; re-indexing replaces.

    Example: warta index out/articles.jsonl --db warta.db
    """
    from pipeline.store import StoreError, index_files

    try:
        report = index_files(db_path, files)
    except (StoreError, OSError) as err:
        raise click.ClickException(str(err)) from err
    for error in report.errors:
        click.echo(f"skipped {error}", err=True)
    click.echo(f"indexed {report.articles} articles, {report.quotes} quotes into {db_path}"
               + (f"; skipped {len(report.errors)} records" if report.errors else ""))


@main.command()
@click.argument("words", nargs=-1)
@db_option
@click.option("--speaker", help="Speaker name, with or without titles and degrees.")
@click.option("--position", help="The office the speaker was quoted under, as a phrase: 'Kepala Dinas Sosial'.")
@click.option("--source", help="Outlet host name, e.g. habari.id.")
@click.option("--since", help="Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", help="Published on or before: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--type", "quote_type", type=click.Choice(["direct", "indirect"]), help="Direct or indirect quotes.")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def quotes(words: tuple[str, ...], db_path: Path, speaker: str | None, position: str | None, source: str | None,
           since: str | None, until: str | None, quote_type: str | None, limit: int, fmt: str) -> None:
    """Search quotes in the store, newest first; words match any form with the same stem.

    Example: warta quotes bansos --position "Kepala Dinas Sosial" --since 2024 --db warta.db
    """
    from pipeline.store import QueryError, Store, StoreError
    from pipeline.store.export import render

    try:
        with Store(db_path, readonly=True) as store:
            hits = store.quotes(" ".join(words), speaker=speaker, position=position, source=source, since=since,
                                until=until, type=quote_type, limit=limit)
    except (StoreError, QueryError) as err:
        raise click.ClickException(str(err)) from err
    if not hits and fmt == "table":
        click.echo("no quotes match", err=True)
    click.echo(render(hits, fmt), nl=False)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
def serve(db_path: Path, host: str, port: int) -> None:
    """Serve the read-only quote search page and JSON API (/api/quotes) over the store.

    Example: warta serve --db warta.db --port 8000
    """
    from pipeline.store import StoreError
    from pipeline.web import make_server

    try:
        server = make_server(db_path, host, port)
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    except OSError as err:
        raise click.ClickException(f"{host}:{port}: cannot listen ({err.strerror or err})") from err
    click.echo(f"Serving {db_path} at http://{host}:{server.server_address[1]}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write every record, with `dup_group` (the id of its story's original), as JSONL.")
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True), default=0.5, show_default=True,
              help="Similarity at which two articles count as copies.")
@click.option("--similarity", type=click.Choice(["tfidf", "shingles"]), default="tfidf", show_default=True)
def dedup(path: Path, output: Path | None, threshold: float, similarity: str) -> None:
    """Group syndicated copies of one story across outlets; print a JSON line per group, original first.

    Example: warta dedup out/articles.jsonl --output out/deduped.jsonl
    """
    from pipeline.dedup import dedup_file
    from pipeline.explore import LoadError

    try:
        groups = dedup_file(path, output=output, threshold=threshold, similarity=similarity,
                            on_error=lambda message: click.echo(message, err=True))
    except (LoadError, OSError) as err:
        raise click.ClickException(str(err)) from err
    for group in groups:
        click.echo(json.dumps(group.to_dict(), ensure_ascii=False))
    click.echo(f"{len(groups)} groups of copies" + (f"; records with dup_group in {output}" if output else ""),
               err=True)


@main.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="JSONL file that new articles are appended to.")
@click.option("--state", "state_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Crawl state folder (default: .OUT.crawl-state/ next to the output).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Skip articles before YYYY-MM-DD.")
@click.option("--max-articles", type=click.IntRange(1), default=None, help="Stop after this many articles.")
@click.option("--delay", type=click.FloatRange(0), default=1.0, show_default=True,
              help="Seconds between requests to one host (a longer robots.txt Crawl-delay wins).")
def crawl(urls: tuple[str, ...], output: Path, state_dir: Path | None, since, max_articles: int | None,
          delay: float) -> None:
    """Collect news sites' articles politely and incrementally into JSON lines for `warta extract`.

    Example: warta crawl https://habari.id/ --output out/habari.jsonl --since 2024-01-01
    """
    from pipeline.scrape.crawl import TqdmProgress, crawl as run_crawl

    try:
        report = run_crawl(list(urls), output, state_dir=state_dir, since=since.date() if since else None,
                           max_articles=max_articles, delay=delay, progress=TqdmProgress())
    except (OSError, ValueError) as err:
        raise click.ClickException(str(err)) from err
    click.echo(report.summary(), err=True)


@main.command()
@click.option("--output", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Model directory to write (or to score with --evaluate-only). Default: models/ner.")
@click.option("--evaluate-only", is_flag=True, help="Score the existing model; do not train.")
@click.option("--seed", type=int, default=None, help="Random seed (default: the recipe's fixed seed, 0).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="spaCy config (default: models/ner-config.cfg).")
@click.option("--steps", type=click.IntRange(1), default=None,
              help="Train on train + valid for this many steps (default: the recipe's FINAL_STEPS).")
@click.option("--train-only", is_flag=True,
              help="Train on the train split only and keep the checkpoint best on valid (to choose settings).")
def train(output: Path | None, evaluate_only: bool, seed: int | None, config_path: Path | None, steps: int | None,
          train_only: bool) -> None:
    """Train the NER model from corpus/ner/ and print per-label P/R/F1 on the test split.

    Example: warta train --output models/ner
    """
    from pipeline.normalize import train as recipe

    output = output or recipe.MODEL_DIR
    try:
        if evaluate_only:
            scores = recipe.evaluate(output)
        else:
            scores = recipe.train(output, seed=recipe.SEED if seed is None else seed,
                                  config_path=config_path or recipe.CONFIG_PATH,
                                  final_steps=None if train_only else (steps or recipe.FINAL_STEPS))
    except (OSError, ValueError) as err:
        raise click.ClickException(f"{output}: {err}") from err
    click.echo(f"NER entity scores on the NERGrit test split ({output}):")
    click.echo(recipe.format_scores(scores))


@main.command("run")
@click.argument("urls", nargs=-1, required=True)
@db_option
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where the crawled and extracted JSONL are kept (default: DB.run/ beside the database).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Extraction processes.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Skip articles before YYYY-MM-DD.")
@click.option("--max-articles", type=click.IntRange(1), default=None, help="Stop crawling after this many articles.")
@click.option("--delay", type=click.FloatRange(0), default=1.0, show_default=True,
              help="Seconds between requests to one host (a longer robots.txt Crawl-delay wins).")
def run_command(urls: tuple[str, ...], db_path: Path, workdir: Path | None, jobs: int, since,
                max_articles: int | None, delay: float) -> None:
    """Crawl sites, extract the new articles and index them into the quote store, in one resumable go.

    Example: warta run https://habari.id/ --db warta.db --since 2024-01-01 --jobs 2
    """
    from pipeline.batch import BatchError, run_chain
    from pipeline.scrape.crawl import TqdmProgress
    from pipeline.store import StoreError

    try:
        report = run_chain(list(urls), db_path, workdir=workdir, jobs=jobs, since=since.date() if since else None,
                           max_articles=max_articles, delay=delay,
                           crawl_progress=TqdmProgress() if sys.stderr.isatty() else None)
    except (BatchError, StoreError, OSError, ValueError) as err:
        raise click.ClickException(str(err)) from err
    for line in report.lines():
        click.echo(line, err=True)
    click.echo(f"indexed into {db_path}; files in {report.articles.parent}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
