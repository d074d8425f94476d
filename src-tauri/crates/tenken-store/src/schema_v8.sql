-- tenken schema, version 8: 廃止 of a department.
-- A department that is reorganised away keeps its row, because past
-- campaigns, the log and packages name it; the day it was retired (ISO
-- date) takes it out of every campaign opened after. NULL: in use.
ALTER TABLE departments ADD COLUMN retired_on TEXT;
