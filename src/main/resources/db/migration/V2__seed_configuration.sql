-- Seed configuration from DESIGN §2 and §4; admins change it through the API afterwards.

insert into category (code, utilities, label_zh, label_en) values
  ('INDOOR_TEMPERATURE_LOW', '{HEATING}', '室温不达标', 'Indoor temperature below standard'),
  ('NO_HEATING',             '{HEATING}', '暖气不热/停暖', 'No heating'),
  ('RADIATOR_LEAK',          '{HEATING}', '暖气漏水', 'Radiator leak'),
  ('HEATING_FEE',            '{HEATING}', '供热收费', 'Heating fee'),
  ('OUTAGE',                 '{POWER}',   '停电', 'Power outage'),
  ('VOLTAGE_ABNORMAL',       '{POWER}',   '电压异常', 'Abnormal voltage'),
  ('METER_ACCURACY',         '{POWER}',   '电表计量', 'Meter accuracy'),
  ('ELECTRICITY_BILL',       '{POWER}',   '电费账单', 'Electricity bill'),
  ('NO_WATER',               '{WATER}',   '停水', 'No water'),
  ('WATER_QUALITY',          '{WATER}',   '水质问题', 'Water quality'),
  ('PIPE_LEAK',              '{WATER}',   '管道漏水', 'Pipe leak'),
  ('WATER_BILL',             '{WATER}',   '水费账单', 'Water bill'),
  ('GAS_LEAK_SUSPECTED',     '{GAS}',     '疑似燃气泄漏', 'Suspected gas leak'),
  ('NO_GAS',                 '{GAS}',     '停气', 'No gas'),
  ('GAS_METER',              '{GAS}',     '燃气表', 'Gas meter'),
  ('GAS_BILL',               '{GAS}',     '燃气费账单', 'Gas bill'),
  ('SERVICE_ATTITUDE',       '{HEATING,POWER,WATER,GAS}', '服务态度', 'Service attitude'),
  ('REPAIR_DELAY',           '{HEATING,POWER,WATER,GAS}', '维修拖延', 'Repair delay'),
  ('PROPERTY_BOUNDARY',      '{HEATING,POWER,WATER,GAS}', '产权分界争议', 'Property-boundary dispute'),
  ('SAFETY_HAZARD',          '{HEATING,POWER,WATER,GAS}', '安全隐患', 'Safety hazard'),
  ('OTHER',                  '{HEATING,POWER,WATER,GAS}', '其他', 'Other');

insert into severity_rule (name, position, description, severity, categories, channels, vulnerabilities, requires_repeat) values
  ('SAFETY_HAZARD', 10, 'A safety hazard or suspected gas leak', 'URGENT',
     '{SAFETY_HAZARD,GAS_LEAK_SUSPECTED}', '{}', '{}', false),
  ('HEALTH_RISK', 20, 'Drinking-water quality puts health at risk', 'URGENT',
     '{WATER_QUALITY}', '{}', '{}', false),
  ('CHILD_WITHOUT_SUPPLY', 30, 'An infant or child at home without heat, power, water or gas', 'URGENT',
     '{INDOOR_TEMPERATURE_LOW,NO_HEATING,OUTAGE,NO_WATER,NO_GAS}', '{}', '{INFANT_OR_CHILD}', false),
  ('VULNERABLE_WITHOUT_SUPPLY', 40, 'A vulnerable customer without heat, power, water or gas', 'URGENT',
     '{INDOOR_TEMPERATURE_LOW,NO_HEATING,OUTAGE,NO_WATER,NO_GAS}', '{}',
     '{ELDERLY_ALONE,DISABLED,HEARING_IMPAIRED,NON_NATIVE_SPEAKER,INFANT_OR_CHILD,MEDICAL_EQUIPMENT}', false),
  ('MEDIA_OR_REGULATOR', 50, 'The complaint came through the media or a regulator', 'URGENT',
     '{}', '{MEDIA,REGULATOR}', '{}', false),
  ('REPEAT_COMPLAINT', 60, 'The customer complained of the same category within the repeat window', 'IMPORTANT',
     '{}', '{}', '{}', true),
  ('GOV_HOTLINE_TRANSFER', 70, 'Transferred from the 12345 government hotline', 'IMPORTANT',
     '{}', '{GOV_HOTLINE_12345}', '{}', false);

insert into sla_policy (severity, first_response_seconds, on_site_arrival_seconds, resolution_seconds, clock, at_risk_percent) values
  ('URGENT',    1800,   7200,   86400, '24x7', 80),
  ('IMPORTANT', 86400,  86400,  259200, '24x7', 80),
  ('ROUTINE',   259200, 259200, 604800, '24x7', 80);
