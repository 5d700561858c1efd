"""Import of yearly TĐKT plans from Word (.docx) or text copied out of Word (.txt)."""

from .parser import parse_plan_file
from .structure import ParsedPlan, ParsedTask, PlanImportError, Signer

__all__ = ["ParsedPlan", "ParsedTask", "PlanImportError", "Signer", "parse_plan_file"]
