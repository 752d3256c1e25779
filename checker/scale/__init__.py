"""Scale-out: auditing archives larger than one machine (optional extra `factlint[scale]`).

`checker.scale.distributed` runs the same stages as `factlint check` as a Dask
bag: extraction and the per-article rules as a map over documents, and the
cross-article rules as a group-by on the claim key.
"""
