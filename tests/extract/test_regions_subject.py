"""The regions a document is about when its title lists them, when only its cities name its
province, and when a central organ writes for the whole country."""

from __future__ import annotations

from egovkit import parse


def _subjects(text: str) -> list[str | None]:
    return [r.code for r in parse(text).regions]


def test_each_place_a_title_lists_is_a_subject() -> None:
    title = "国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复"
    got = _subjects(f"{title}\n新疆维吾尔自治区人民政府：\n同意三个开发区建设国家自主创新示范区。\n")
    assert got[:3] == ["650100", "652300", "659001"]


def test_the_cities_fix_the_province_never_named() -> None:
    text = (
        "省信息产业办对25个省直部门开展了调研。昭通市网管中心编制10人，文山州网管中心编制9人，"
        "丽江市网管中心编制3人。国家信息化领导小组在北京召开座谈会。"
    )
    assert _subjects(text)[0] == "530000"


def test_a_city_report_stays_the_citys() -> None:
    text = "衡阳市电子政务建设情况\n衡阳市上连省里，下连县市区。衡阳市网站排名第67位。耒阳市、常宁市接入全市网络。"
    assert _subjects(text)[0] == "430400"


def test_a_central_organ_writes_for_the_country() -> None:
    text = "国务院办公厅关于2019年部分节假日安排的通知\n经国务院批准，现将节假日安排通知如下。\n"
    assert _subjects(text) == ["CN"]


def test_a_provincial_meeting_held_in_the_capital_is_about_its_province() -> None:
    text = "全省电子政务工作会议\n3月12日，全省电子政务工作会议在合肥召开。会议部署了今年全省的任务。我省将建成外网。"
    assert _subjects(text) == ["340000"]


def test_a_venue_that_is_no_capital_does_not_name_the_province() -> None:
    text = "全省电子政务工作会议\n3月12日，全省电子政务工作会议在芜湖召开。会议部署了今年全省的任务。"
    assert _subjects(text) == [None]  # an uncoded province: 芜湖 is no provincial capital


def test_a_city_meeting_in_the_capital_stays_the_citys() -> None:
    assert _subjects("全市电子政务工作会议\n全市电子政务工作会议在合肥召开。全市各部门参加。") == ["340100"]


def test_a_place_named_only_in_names_is_no_subject_of_a_national_text() -> None:
    text = (
        "国务院办公厅关于加快发展体育竞赛表演产业的指导意见\n近年来，我国体育竞赛表演产业快速发展，"
        "成为建设健康中国的引擎。我国职业体育适应中国国情，具有中国特色。"
        "筹办好北京冬奥会、冬残奥会。（体育总局、北京冬奥组委负责）以筹办北京冬奥会为契机，推广冰雪运动。"
        "（体育总局、北京冬奥组委负责）\n"
    )
    assert _subjects(text) == ["CN"]


def test_a_place_a_national_text_profiles_as_a_topic_is_a_subject() -> None:
    text = (
        "加快电子政务建设\n我国电子政务发展迅速，全国各地积极推进，中国电子政务走在前列，"
        "我国各级政府高度重视，全国网络基本建成。深圳市建成电子政务网络，深圳的试点受到肯定，"
        "在深圳召开了试点会议。\n"
    )
    assert _subjects(text) == ["CN", "440300"]


def test_a_central_organ_naming_places_all_over_the_country_writes_for_it() -> None:
    text = (
        "国务院办公厅关于对典型经验做法给予表扬的通报\n各省、自治区、直辖市人民政府：\n"
        "一、北京市推行“接诉即办”，北京市各区响应迅速。二、河北省推进放管服改革。三、江苏省苏州市建设四大工程。"
        "四、浙江省实施千村示范工程。五、四川省成都市实施创业天府行动计划。\n"
    )
    assert _subjects(text)[0] == "CN"


def test_a_central_organ_writing_about_one_province_stays_its() -> None:
    text = (
        "国务院办公厅转发国家教委关于内地西藏班扩大规模问题请示的通知\n"
        "西藏自治区人民政府：西藏班办学成效显著，西藏自治区需要人才。北京、天津、上海各办一个班。\n"
    )
    assert _subjects(text)[0] == "540000"
