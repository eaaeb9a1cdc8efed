\set r random(1,1000000000)
INSERT INTO ins_test(payload) VALUES (repeat(md5(:r::text),16));
