#!/usr/bin/env bash
# Gives the demo database a working day on the dispatch board: the demo's own history ends in October, so
# this adds today's requests (Beijing date) through the command line, as a dispatcher's morning would —
# some waiting for approval, some approved and waiting for a car, some already out. Run again on the same
# day it changes nothing: requests that exist are left alone.
# Usage: demo-today.sh CLI DB
set -euo pipefail
cli=$1
db=$2
day=$(TZ=Asia/Shanghai date +%F)
stamp=${day//-/}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cli" --db "$db" export requests "$tmp/requests.csv" >/dev/null
if grep -q "^SQ$stamp-" "$tmp/requests.csv"; then
    exit 0
fi

add() { # code unit passengers from to dest lat lon purpose type
    "$cli" --db "$db" request add request_code="SQ$stamp-$1" unit_code="$2" passengers="$3" \
        start="$day $4" end="$day $5" dest_name="$6" dest_lat="$7" dest_lon="$8" purpose="$9" trip_type="${10}" \
        contact=办公室 phone="0513-8512${1}00" nav_km="${11}" >/dev/null
}
add 01 NT003 3 08:30:00 11:30:00 如皋市政府 32.3716 120.5736 督查调研 county 78
add 02 NT001 2 09:00:00 10:30:00 南通市民中心 31.9802 120.8942 会议接送 city 16
add 03 NT010 4 09:30:00 12:00:00 海门区人民医院 31.8717 121.1762 应急保障 county 62
add 04 NT002 1 13:30:00 15:00:00 崇川区行政中心 32.0107 120.8634 文件交换 city 12
add 05 NT021 6 14:00:00 18:00:00 启东市吕四港 32.0645 121.6102 现场检查 county 168
add 06 NT004 2 15:00:00 16:30:00 南通站 32.0311 120.8736 接站 city 18
add 07 NT030 3 10:00:00 11:30:00 通州区政府 32.0657 121.0731 调研 city 34
add 08 NT043 12 08:00:00 17:30:00 南京市 32.0603 118.7969 培训 long 520
add 09 NT012 2 16:00:00 17:30:00 开发区管委会 31.9633 120.9489 会议 city 22
for n in 01 02 03 04 05 06 08; do
    "$cli" --db "$db" request approve "SQ$stamp-$n" >/dev/null
done
"$cli" --db "$db" dispatch "SQ$stamp-01" --plate 苏F·A1074 --driver D010 >/dev/null || true
"$cli" --db "$db" dispatch "SQ$stamp-02" --plate 苏F·A1000 --driver D004 >/dev/null || true
"$cli" --db "$db" depart "SQ$stamp-01" --odometer 48210 --time "$day 08:35:00" >/dev/null || true
# Maintenance plans falling due around today and a car booked into the shop (issue 14): the Today page
# shows one overdue by date and one by km, one due by date and one by km; the board shades the stay.
on() { TZ=Asia/Shanghai date -d "$day $1" +%F; }
cat >"$tmp/plans.csv" <<PLANS
plate,item,every_km,every_months,last_date,last_km
苏F·A1000,inspection,,12,$(on "-12 months -9 days"),
苏F·A1037,insurance,,12,$(on "-12 months +12 days"),
苏F·A1074,servicing,,6,$(on "-6 months +40 days"),
苏F·A1111,servicing,10000,,,80500
苏F·A1259,servicing,5000,,,48000
PLANS
"$cli" --db "$db" import plans "$tmp/plans.csv" >/dev/null
cat >"$tmp/shop.csv" <<SHOP
plate,date,shop,items,cost_yuan,in_shop_until
苏F·A1148,$(on "-1 day"),南通市公务用车定点维修厂,更换刹车片及前轮胎,0,$(on "+2 days")
SHOP
"$cli" --db "$db" import maintenance "$tmp/shop.csv" >/dev/null
echo "demo-today: requests for $day added"
