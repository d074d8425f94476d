# Faults of the machine and its surroundings (disk space, permissions, another tenken, special files).

store-is-folder = { $path } is a folder — give the database's file name (for example --db { $path }/tenken.db). Nothing was created or changed.
store-read-only-file = The database { $path } is read-only and cannot be used — check the file's write permission (or read-only setting), make it writable, and run the command again. The file was not changed.
store-read-only-folder = The folder of the database { $path } cannot be written to (tenken keeps working files beside the database) — check the folder's write permission, or move the database to a folder you can write to. The file was not changed.
store-busy = The database is in use by another tenken (another window or terminal) that is changing it — wait until it has finished and try again. Nothing was changed.
store-full = There is not enough free disk space to write — free some space and run the command again. Nothing was changed.
store-disk-full = Could not write { $path } (not enough free disk space) — free some space and try again. No partly written file was left behind.

input-missing = Cannot read { $path } — there is no such file. Check the file's place and name.
input-folder = { $path } is a folder — give the file to read.
input-not-a-file = { $path } is not a regular file (a named pipe, a device or the like) — give the file itself.
input-too-large = { $path } is too large ({ $size }; the limit is { $max }) — check that it is the right file. Nothing was read.
input-unreadable = Cannot read { $path } ({ $reason ->
    [permission] no permission to read it
    [full] not enough free disk space
   *[other] an error while reading
  }) — check the file's place and permissions.
pkg-import-busy-partly = { $count } packages were imported; the rest were not, for the reason below (nothing is wrong with them).
store-write-failed = The disk could not be written (it may be completely full, a file size limit may apply, or the disk may be failing) — check the free space and the disk, and try again. Nothing was changed.
