"""Issue 14 on the command line: damaged, hostile and huge files, run as a user runs them (a
subprocess: its exit status, its one-line errors, what is left on disk). The window's side is in
tests/ui/test_files_under_attack.py; limits are documented in docs/limits.md."""

import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from planner.files.baseline_io import load_baseline
from planner.files.problems import InputError
from planner.files.workbook_json import read_workbook, write_workbook
from planner.model import Scenario
from planner.model.workbook import Workbook
from planner.paths import reference_workbook_path
from tests.files.baseline_copies import (
    bundled_rows,
    enlarged_rows,
    find_row,
    set_cell,
    write_csv_folder,
    write_xlsx,
)

REFERENCES = str(reference_workbook_path())
posix_only = pytest.mark.skipif(
    sys.platform == "win32", reason="POSIX files and processes: pipes, devices, umask, /dev/full"
)
FORMULA_STARTS = ("=", "+", "-", "@")
ATTACKS = [
    "Budget plan\r=cmd|' /C calc'!A0",
    "\t=1+1",
    "  =2+2",
    "\n@SUM(1;2)",
    "Home care\r\n+3+3",
    "\u2028-4-4",
]


def planner(*args, timeout=120, umask=None, **kwargs):
    def preexec():
        if umask is not None:
            os.umask(umask)

    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=preexec if umask is not None else None,
        **kwargs,
    )


def one_error_line(done, status=1) -> str:
    """The run ended with `status` and one line (or one per problem) on stderr, no traceback."""
    assert done.returncode == status, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert done.stderr.strip(), "an error says what is wrong"
    return done.stderr


def workbook_file(tmp_path: Path, document: dict | str, name="w.planner.json") -> Path:
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=True)
    path.write_text(text, encoding="utf-8")
    return path


def reference_document() -> dict:
    return json.loads(Path(REFERENCES).read_text(encoding="utf-8"))


# Finding 1: live formulas through the CSV export ------------------------------------------------


@pytest.fixture(scope="module")
def attacked_baseline(tmp_path_factory) -> Path:
    """The bundled baseline with service names that try to become formulas. A line break
    inside a name is refused by the reader (it would reach the window and the PDF), so those
    attacks come in with a space where the break was; the ones around a name are trimmed."""
    tables = bundled_rows()
    for index, attack in enumerate(ATTACKS, start=1):
        set_cell(tables, "services", index, "name", attack)
    folder = write_csv_folder(tables, tmp_path_factory.mktemp("attack") / "baseline")
    with open(folder / "services.csv", "w", encoding="utf-8", newline="") as file:
        csv.writer(file, quoting=csv.QUOTE_ALL).writerows(tables["services"])  # \r kept inside
    with pytest.raises(InputError, match="control or direction characters"):
        load_baseline(folder)
    inert = [attack.replace("\r\n", " ").replace("\r", " ") for attack in ATTACKS]
    for index, attack in enumerate(inert, start=1):
        set_cell(tables, "services", index, "name", attack)
    with open(folder / "services.csv", "w", encoding="utf-8", newline="") as file:
        csv.writer(file, quoting=csv.QUOTE_ALL).writerows(tables["services"])
    assert [load_baseline(folder).services["name"][i] for i in range(6)] == [
        attack.strip() for attack in inert
    ]
    return folder


@pytest.fixture(scope="module")
def attacked_exports(attacked_baseline, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("exports")
    made = {}
    for ending in (".csv", ".xlsx"):
        path = out / f"results{ending}"
        done = planner(
            "export", REFERENCES, "--baseline", str(attacked_baseline), "--out", str(path)
        )
        assert done.returncode == 0, done.stderr
        made[ending] = path
    return made


def _starts_a_formula(text: str) -> bool:
    return text.lstrip(" \t\r\n\u2028\u2029").startswith(FORMULA_STARTS)


def test_csv_export_keeps_every_text_in_its_cell_and_inert(attacked_exports):
    data = attacked_exports[".csv"].read_bytes()
    assert b"\r=" not in data and b"\n=" not in data and b"\r+" not in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    header = rows[0]
    assert all(len(row) == len(header) for row in rows)  # no text broke into a new row or cell
    labels = {row[header.index("label")] for row in rows[1:]}
    assert "Budget plan =cmd|' /C calc'!A0" in labels
    texts = [i for i, name in enumerate(header) if name != "value"]
    for row in rows[1:]:
        for cell in (row[i] for i in texts):
            assert not _starts_a_formula(cell) or cell.startswith("'"), cell


def test_a_workbook_name_with_a_carriage_return_is_refused(tmp_path):
    document = reference_document()
    document["scenarios"][0]["name"] = ATTACKS[0]
    path = workbook_file(tmp_path, document)
    done = planner("export", str(path), "--out", str(tmp_path / "r.csv"))
    error = one_error_line(done)
    assert "scenarios[0].name" in error and "control characters" in error
    assert "\r" not in error and "\\x0d" in error  # shown, not acted on
    assert not (tmp_path / "r.csv").exists()


def _libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.parametrize("ending", [".csv", ".xlsx"])
def test_libreoffice_reads_the_exports_back_without_a_formula(attacked_exports, tmp_path, ending):
    office = _libreoffice()
    if office is None:
        pytest.skip("LibreOffice is not installed (soffice not on PATH): exports not read back")
    source = attacked_exports[ending]
    done = subprocess.run(
        [
            office,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            *(["--infilter=CSV:44,34,76,1"] if ending == ".csv" else []),
            "--convert-to",
            "ods" if ending == ".xlsx" else "xlsx",
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    converted = list((tmp_path / "out").glob("results.*"))
    assert done.returncode == 0 and converted, done.stderr
    if ending == ".xlsx":  # .xlsx -> .ods -> .xlsx: what LibreOffice itself made of the cells
        again = subprocess.run(
            [
                office,
                "--headless",
                f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(tmp_path / "again"),
                str(converted[0]),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert again.returncode == 0, again.stderr
        converted = list((tmp_path / "again").glob("results.xlsx"))
    book = openpyxl.load_workbook(converted[0])
    formulas = [
        (sheet.title, cell.coordinate, cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []
    texts = {
        str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
    }
    assert any("=cmd|' /C calc'!A0" in text for text in texts)  # there, as text


# Finding 2: a lone surrogate ---------------------------------------------------------------


def test_a_lone_surrogate_is_refused_by_export_and_report(tmp_path):
    document = reference_document()
    document["scenarios"][1]["name"] = "Plan \ud800"
    path = workbook_file(tmp_path, document)  # valid JSON: "Plan \\ud800"
    for command, out in (("export", "r.xlsx"), ("report", "r.pdf")):
        done = planner(command, str(path), "--out", str(tmp_path / out))
        error = one_error_line(done)
        assert "scenarios[1].name" in error and "lone surrogate" in error
        assert not (tmp_path / out).exists()


# Finding 3: crafted JSON -------------------------------------------------------------------


def test_deeply_nested_json_is_refused_in_one_line(tmp_path):
    path = workbook_file(
        tmp_path, '{"format": "planner-workbook", "x": ' + "[" * 1000 + "]" * 1000 + "}"
    )
    assert path.stat().st_size < 4096
    done = planner("evaluate", "--workbook", str(path), "--scenario", "x", "--json")
    assert "nested at most 32 levels" in one_error_line(done)


def test_a_310_digit_number_is_refused_with_its_place(tmp_path):
    text = Path(REFERENCES).read_text(encoding="utf-8")
    document = json.loads(text)
    document["scenarios"][0]["target_eur"] = 1
    text = json.dumps(document).replace('"target_eur": 1,', '"target_eur": ' + "9" * 310 + ",", 1)
    path = workbook_file(tmp_path, text)
    done = planner("export", str(path), "--out", str(tmp_path / "r.csv"))
    error = one_error_line(done)
    assert "scenarios[0].target_eur" in error and "no larger than 10^15" in error


# Finding 4: unbounded decompression ---------------------------------------------------------


def _zip_with(path: Path, parts: dict[str, bytes | tuple[bytes, int]]) -> Path:
    """An .xlsx-like zip; a part given as (chunk, times) is written in pieces (a bomb)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            if isinstance(content, tuple):
                chunk, times = content
                with archive.open(name, "w", force_zip64=True) as part:
                    for _ in range(times):
                        part.write(chunk)
            else:
                archive.writestr(name, content)
    return path


def test_an_xlsx_that_decompresses_beyond_the_limit_is_refused_at_once(tmp_path):
    path = _zip_with(
        tmp_path / "bomb.xlsx",
        {
            "[Content_Types].xml": b"<Types/>",
            "xl/worksheets/sheet1.xml": (b" " * 2**20, 210),  # 210 MiB of nothing
        },
    )
    assert path.stat().st_size < 2 * 2**20
    done = planner("check", str(path), timeout=60)
    assert "after decompression" in one_error_line(done) or "after decompression" in done.stdout


def test_an_xlsx_row_wider_than_the_column_limit_is_refused(tmp_path):
    tables = bundled_rows()
    path = write_xlsx(tables, tmp_path / "wide.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["services"]
    for column in range(1, 1_500):
        sheet.cell(row=2, column=column + 20, value=1)
    book.save(path)
    done = planner("check", str(path), timeout=60)
    assert done.returncode == 1
    assert "at most 1,000 columns" in done.stdout + done.stderr


# Finding 5: hangs and quadratic work --------------------------------------------------------


def test_a_csv_header_of_100000_columns_ends_in_seconds(tmp_path):
    tables = bundled_rows()
    folder = write_csv_folder(tables, tmp_path / "wide")
    header = ",".join(f"c{i}" for i in range(100_000))
    (folder / "services.csv").write_text(header + "\n" + "x," * 99_999 + "x\n", encoding="utf-8")
    done = planner("check", str(folder), timeout=60)
    assert done.returncode == 1
    assert "at most 1,000 columns" in done.stdout


def test_a_baseline_of_100000_lines_is_checked_in_seconds(tmp_path):
    # Every service line brings a fees row and 11 provenance rows: 7,700 of them make a
    # baseline of some 100,000 lines, every rule still applying.
    tables = enlarged_rows(7_700)
    assert sum(len(rows) for rows in tables.values()) > 100_000
    folder = write_csv_folder(tables, tmp_path / "large")
    done = planner("check", str(folder), timeout=300)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "7700 service lines" in done.stdout


def test_a_million_junk_lines_are_refused_at_once(tmp_path):
    folder = write_csv_folder(bundled_rows(), tmp_path / "junk")
    header = (folder / "services.csv").read_text(encoding="utf-8").splitlines()[0]
    (folder / "services.csv").write_text(header + "\n" + "junk\n" * 1_000_000, encoding="utf-8")
    done = planner("check", str(folder), timeout=120)
    assert done.returncode == 1
    assert "at most 100,000 rows" in done.stdout
    assert len(done.stdout.splitlines()) < 1_100  # not eight million problem lines


@posix_only
def test_a_device_or_a_pipe_is_not_read(tmp_path):
    done = planner("evaluate", "--workbook", "/dev/zero", "--scenario", "x", timeout=60)
    assert "a regular file (this is a device)" in one_error_line(done)
    fifo = tmp_path / "pipe.planner.json"
    os.mkfifo(fifo)
    done = planner("evaluate", "--workbook", str(fifo), "--scenario", "x", timeout=60)
    assert "a regular file (this is a pipe (FIFO))" in one_error_line(done)


# Finding 6: writing over what is not a file --------------------------------------------------


def _special_targets(tmp_path: Path, ending: str) -> list[Path]:
    fifo = tmp_path / f"pipe{ending}"
    os.mkfifo(fifo)
    targets = [fifo]
    device = tmp_path / f"null{ending}"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # as /dev/null
        targets.append(device)
    except (PermissionError, AttributeError):
        pass
    return targets


@posix_only
@pytest.mark.parametrize(
    ("command", "ending"),
    [("export", ".csv"), ("export", ".xlsx"), ("report", ".pdf"), ("template", ".xlsx")],
)
def test_export_report_and_template_leave_a_device_or_pipe_alone(tmp_path, command, ending):
    for target in _special_targets(tmp_path, ending):
        before = target.stat().st_mode
        args = (
            (command, "--out", str(target))
            if command == "template"
            else (
                command,
                REFERENCES,
                "--out",
                str(target),
            )
        )
        done = planner(*args, timeout=120)
        assert "not a regular file" in one_error_line(done)
        assert target.stat().st_mode == before  # still the device or pipe


def test_report_wants_a_pdf_name(tmp_path):
    done = planner("report", REFERENCES, "--out", str(tmp_path / "summary.txt"))
    assert "the summary is a PDF" in one_error_line(done, status=2)
    assert not (tmp_path / "summary.txt").exists()


# Finding 7: permissions --------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize(
    ("command", "name"), [("export", "r.csv"), ("report", "r.pdf"), ("template", "t.xlsx")]
)
def test_outputs_keep_permissions_and_new_ones_follow_the_umask(tmp_path, command, name):
    def run(target: Path):
        args = (
            ("template", "--out", str(target))
            if command == "template"
            else (
                command,
                REFERENCES,
                "--out",
                str(target),
            )
        )
        return planner(*args, umask=0o027)

    shared = tmp_path / name
    shared.write_bytes(b"old")
    shared.chmod(0o664)
    assert run(shared).returncode == 0
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664
    new = tmp_path / f"new-{name}"
    assert run(new).returncode == 0
    assert stat.S_IMODE(new.stat().st_mode) == 0o640  # 0666 under the umask 027


# Finding 8: values that break results -------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "says"),
    [("1e308", "no larger than 10^15"), ("１２３", "expected a number"), ("1e16", "10^15")],
)
def test_check_refuses_huge_and_full_width_numbers(tmp_path, value, says):
    tables = bundled_rows()
    row = find_row(tables["services"], id="home_care_visits")
    set_cell(tables, "services", row, "volume", value)
    folder = write_csv_folder(tables, tmp_path / "b")
    done = planner("check", str(folder))
    assert done.returncode == 1
    assert f"services.csv, row {row + 1}, column 'volume'" in done.stdout
    assert says in done.stdout
    done = planner(
        "report", REFERENCES, "--baseline", str(folder), "--out", str(tmp_path / "r.pdf")
    )
    one_error_line(done)


# Finding 9: a very hidden sheet ---------------------------------------------------------------


def test_a_hidden_sheet_cannot_supply_a_table(tmp_path):
    tables = bundled_rows()
    path = write_xlsx(tables, tmp_path / "hidden.xlsx")
    book = openpyxl.load_workbook(path)
    book["services"].title = "visible for now"
    book["visible for now"].title = "Services"
    hidden = book.copy_worksheet(book["Services"])
    hidden.title = "services "
    hidden.sheet_state = "veryHidden"
    hidden.cell(row=3, column=4, value=1)
    book.save(path)
    done = planner("check", str(path))
    assert done.returncode == 1
    assert "the services table on a visible sheet" in done.stdout and "very hidden" in done.stdout


def test_two_sheets_for_one_table_are_refused(tmp_path):
    path = write_xlsx(bundled_rows(), tmp_path / "twice.xlsx")
    book = openpyxl.load_workbook(path)
    book.copy_worksheet(book["services"]).title = " SERVICES"
    book.save(path)
    done = planner("check", str(path))
    assert done.returncode == 1 and "one sheet for the services table" in done.stdout


# Finding 10: mixed encodings ---------------------------------------------------------------------


def test_one_cp1252_byte_in_a_utf8_csv_is_refused_with_its_line(tmp_path):
    folder = write_csv_folder(bundled_rows(), tmp_path / "mixed")
    services = folder / "services.csv"
    lines = services.read_bytes().split(b"\n")
    lines[2] = lines[2].replace(b"Home care", "Kotihoito äö".encode())
    lines[5] = lines[5] + b"\xe4"  # one byte of cp1252
    services.write_bytes(b"\n".join(lines))
    done = planner("check", str(folder))
    assert done.returncode == 1
    assert "line 6 holds the byte 0xE4" in done.stdout and "one text encoding" in done.stdout


def test_a_byte_no_encoding_defines_is_refused(tmp_path):
    folder = write_csv_folder(bundled_rows(), tmp_path / "undefined")
    services = folder / "services.csv"
    services.write_bytes(services.read_bytes().replace(b"Home care", b"Home\x81care", 1))
    done = planner("check", str(folder))
    # Refused, naming the byte: "... 0x81, which neither defines" when the rest of the file is
    # ASCII, "the file is UTF-8 but line 3 holds the byte 0x81" when it holds UTF-8 (the
    # bundled names in Finnish and Swedish).
    assert done.returncode == 1 and "byte 0x81" in done.stdout.replace("bytes 0x81", "byte 0x81")
    assert "line 3" in done.stdout or "row 3" in done.stdout


def test_a_cp1252_csv_still_reads(tmp_path):
    folder = write_csv_folder(bundled_rows(), tmp_path / "windows")
    services = folder / "services.csv"
    text = services.read_text(encoding="utf-8").replace("Home care", "Kotihoito äö")
    services.write_bytes(text.encode("cp1252"))
    done = planner("check", str(folder))
    assert done.returncode == 0, done.stdout
    assert "Kotihoito äö visits" in load_baseline(folder).services["name"].tolist()


# Finding 12 (command line): the workbook keeps its baseline ---------------------------------------


def test_a_workbook_evaluates_on_the_baseline_it_was_saved_with(tmp_path):
    tables = bundled_rows()
    row = find_row(tables["budget"], id="client_fees")
    amount = float(tables["budget"][row][tables["budget"][0].index("amount_eur")])
    set_cell(tables, "budget", row, "amount_eur", str(amount * 2))
    imported = load_baseline(write_csv_folder(tables, tmp_path / "imported"))
    workbook = read_workbook(REFERENCES)
    path = tmp_path / "kept.planner.json"
    write_workbook(workbook, path, baseline=imported)
    shutil.rmtree(tmp_path / "imported")  # the baseline's own files are gone; the copy is not
    name = workbook.scenarios[1].name
    kept = json.loads(
        planner("evaluate", "--workbook", str(path), "--scenario", name, "--json").stdout
    )
    bundled = json.loads(
        planner("evaluate", "--workbook", REFERENCES, "--scenario", name, "--json").stdout
    )
    fees = {line["category"]: line["baseline_eur"] for line in kept["budget"]}
    bundled_fees = {line["category"]: line["baseline_eur"] for line in bundled["budget"]}
    assert fees["client_fees"] == pytest.approx(amount * 2)
    assert bundled_fees["client_fees"] == pytest.approx(amount)
    other = planner(
        "evaluate",
        "--workbook",
        str(path),
        "--scenario",
        name,
        "--baseline",
        str(Path(REFERENCES).parent / "baseline-2024"),
        "--json",
    )
    assert other.returncode == 0 and "was saved on the baseline" in other.stderr


# Finding 13 (command line) --------------------------------------------------------------------


def test_terminal_escapes_in_a_name_are_shown_not_acted_on(tmp_path):
    document = reference_document()
    document["scenarios"][0]["name"] = "\x1b[2J\x1b[31mWiped\u202eevil"
    path = workbook_file(tmp_path, document)
    done = planner("export", str(path), "--out", str(tmp_path / "r.csv"))
    error = one_error_line(done)
    assert "\x1b" not in error and "\u202e" not in error
    assert "\\x1b[2J" in error and "\\u202e" in error


def test_a_text_in_a_number_cell_of_an_xlsx_is_named_by_its_cell(tmp_path):
    path = write_xlsx(bundled_rows(), tmp_path / "b.xlsx")
    parts = {}
    with zipfile.ZipFile(path) as archive:
        for item in archive.infolist():
            parts[item.filename] = archive.read(item)
    book = openpyxl.load_workbook(path, read_only=True)
    index = book.sheetnames.index("services") + 1
    book.close()
    sheet = f"xl/worksheets/sheet{index}.xml"
    xml = parts[sheet].decode()
    start = xml.index('<c r="D3"')
    value_start = xml.index("<v>", start) + 3
    parts[sheet] = (xml[:value_start] + "lots" + xml[xml.index("</v>", value_start) :]).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    done = planner("check", str(path))
    assert done.returncode == 1
    assert "sheet services, row 3, column 'D': found 'lots', expected a number" in done.stdout
    assert "invalid literal" not in done.stdout


def test_a_key_twice_in_about_is_refused(tmp_path):
    tables = bundled_rows()
    tables["about"].append(["name", "Someone else's baseline"])
    done = planner("check", str(write_csv_folder(tables, tmp_path / "b")))
    assert done.returncode == 1 and "each key once" in done.stdout


def test_modified_at_must_be_a_time(tmp_path):
    document = reference_document()
    document["scenarios"][0]["modified_at"] = "yesterday"
    path = workbook_file(tmp_path, document)
    done = planner("export", str(path), "--out", str(tmp_path / "r.csv"))
    assert "scenarios[0].modified_at" in one_error_line(done)


@posix_only
def test_temporary_files_of_a_killed_write_are_cleaned_up(tmp_path):
    out = tmp_path / "results.csv"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".results.csv.{dead.pid}-0123abcd.tmp"
    stale.write_bytes(b"half a file")
    alive = tmp_path / f".results.csv.{os.getpid()}-0123abcd.tmp"  # a running writer's
    alive.write_bytes(b"being written")
    assert planner("export", REFERENCES, "--out", str(out)).returncode == 0
    assert not stale.exists() and alive.exists()


# Finding 14 ---------------------------------------------------------------------------------


def test_a_reader_that_stops_early_ends_quietly():
    process = subprocess.Popen(
        [sys.executable, "-m", "planner", "evaluate", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # `| head` that has read enough before the planner writes
    _, error = process.communicate(timeout=120)
    assert b"Traceback" not in error and b"BrokenPipeError" not in error
    assert error == b""


@posix_only
def test_a_full_disk_under_the_output_is_one_line():
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "planner", "evaluate", "--json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "the output could not be written" in done.stderr


def test_evaluate_json_is_strict_json_without_negative_zero():
    for args in ((), ("--target", "0"), ("--set", "office_space_cut=14")):
        done = planner("evaluate", *args, "--json")
        assert done.returncode == 0, done.stderr

        def refuse(name):
            raise ValueError(f"{name} is not JSON")

        document = json.loads(done.stdout, parse_constant=refuse)
        assert "-0.0" not in done.stdout
        assert document["target_eur"] >= 0


def test_saving_a_workbook_refuses_bundled_data(tmp_path):
    from planner.files.workbook_json import SaveError

    before = Path(REFERENCES).read_bytes()
    with pytest.raises(SaveError, match="bundled with the planner"):
        write_workbook(Workbook([Scenario("x")]), REFERENCES)
    assert Path(REFERENCES).read_bytes() == before
