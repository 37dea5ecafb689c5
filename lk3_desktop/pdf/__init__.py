"""The only package that imports ReportLab: the SOP's paperwork as PDFs on the letterhead."""
