-- The data a decision letter was rendered from (DecisionLetterData as JSON), kept with the letter: a paper letter
-- is rendered when the decision is made but mailed when it joins a print batch, and is then rendered again from
-- this data with the batch's day as its sending day (the day its notification and rectification deadline count
-- from). Letters stored before this migration have none and are mailed as they are.
alter table decision_document add column letter_data jsonb;
