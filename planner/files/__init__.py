"""Files in and out: baseline import, scenario workbooks, exports."""
