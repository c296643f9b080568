"""The notebooks run top to bottom in this environment, offline, and are committed with their outputs.

After changing a notebook, refresh its committed outputs with `.venv/bin/python tests/test_notebooks.py`.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))
KERNEL = "warta-tests"


def _kernel_specs(folder: Path) -> KernelSpecManager:
    """A kernel spec pointing at this interpreter, so the notebooks run in the project venv whatever is installed."""
    (folder / KERNEL).mkdir(parents=True, exist_ok=True)
    spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "warta (tests)", "language": "python",
            "env": {"MPLBACKEND": "module://matplotlib_inline.backend_inline", "PYTHONHASHSEED": "0",
                    "IPYTHONDIR": str(folder / "ipython"), "TQDM_DISABLE": "1",
                    # offline: any HTTP(S) a notebook attempts goes to a closed local port and fails
                    **{name: "http://127.0.0.1:9" for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy",
                                                                 "https_proxy", "ALL_PROXY", "all_proxy")},
                    "NO_PROXY": "", "no_proxy": ""}}
    (folder / KERNEL / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    return KernelSpecManager(kernel_dirs=[str(folder)])


def _execute(notebook: nbformat.NotebookNode, path: Path, specs: KernelSpecManager) -> None:
    manager = KernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)
    NotebookClient(notebook, km=manager, timeout=300, allow_errors=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()


@pytest.fixture(scope="module")
def kernel_specs(tmp_path_factory) -> KernelSpecManager:
    return _kernel_specs(tmp_path_factory.mktemp("kernels"))


def test_notebooks_exist():
    assert [p.name for p in NOTEBOOKS] == ["01-explore-corpus.ipynb", "02-quality.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_with_outputs_and_no_errors(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.execution_count for cell in code), "run `python tests/test_notebooks.py` first"
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1)), "run it top to bottom"
    errors = [o for cell in code for o in cell.outputs if o.output_type == "error"]
    assert not errors, errors[0].get("ename") if errors else ""
    assert any("image/png" in o.get("data", {}) for cell in code for o in cell.outputs), "a plot is missing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path, kernel_specs):
    notebook = nbformat.read(path, as_version=4)
    _execute(notebook, path, kernel_specs)
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)
    assert any("text/html" in o.get("data", {}) for o in outputs)


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        specs = _kernel_specs(Path(folder))
        for path in NOTEBOOKS:
            notebook = nbformat.read(path, as_version=4)
            _execute(notebook, path, specs)
            for cell in notebook.cells:
                cell.metadata.pop("execution", None)  # timestamps would change on every run
            notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                               "language": "python"}
            nbformat.write(notebook, path)
            print(f"executed {path}")
