"""An import-linter contract type for what the built-in ones cannot say: that a package uses
only some modules of an external package (planner.report may use QtGui and QtCore, never
QtWidgets). import-linter sees an external package as one node (PySide6), so this contract
reads the import lines grimp records. Configured in pyproject.toml; run by `lint-imports`."""

from importlinter import Contract, ContractCheck, fields, output


class ForbiddenSubmodulesContract(Contract):
    """No module in `source_modules` imports any of `forbidden_modules` (dotted names inside an
    external package, e.g. PySide6.QtWidgets), directly."""

    type_name = "forbidden_submodules"

    source_modules = fields.ListField(subfield=fields.StringField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        found = []
        for source in self.source_modules:
            importers = {source} | graph.find_descendants(source)
            for importer in sorted(importers):
                for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                    for detail in graph.get_import_details(importer=importer, imported=imported):
                        line = detail["line_contents"]
                        for forbidden in self.forbidden_modules:
                            if _names(line, forbidden):
                                found.append((importer, detail["line_number"], line, forbidden))
        return ContractCheck(kept=not found, metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for importer, line_number, line, forbidden in check.metadata["found"]:
            output.print(f"{importer}:{line_number} imports {forbidden}: {line}")
            output.new_line()


def _names(line: str, module: str) -> bool:
    """The import line names `module` or one of its submodules."""
    package, _, name = module.rpartition(".")
    words = line.replace(",", " ").replace("(", " ").split()
    return any(w == module or w.startswith(module + ".") for w in words) or (
        bool(package) and line.startswith(f"from {package} import") and name in words
    )
