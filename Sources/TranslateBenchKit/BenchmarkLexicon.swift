import Foundation
import TranslateKit

/// Words a synthetic district's text is drawn from: English for sources, real words of the target's script for translations.
///
/// The lists hold real words (school and family vocabulary) so that word breaking, normalization and
/// fuzzy matching see the letters, marks and spacing of each script rather than ASCII stand-ins.
public struct BenchmarkLexicon: Sendable {
    /// The words, none containing MessageFormat syntax characters ({ } # ' < >).
    public let words: [String]
    /// Whether words are written without spaces between them (Chinese, Japanese, Thai, Lao, Khmer, Burmese).
    public let isUnspaced: Bool
    /// The sentence-final full stop of the script.
    public let fullStop: String

    public init(words: [String], isUnspaced: Bool = false, fullStop: String = ".") {
        self.words = words
        self.isUnspaced = isUnspaced
        self.fullStop = fullStop
    }

    /// English, for sources.
    public static let english = BenchmarkLexicon(
        words: split(
            """
            school student students parent parents family families teacher teachers class classes grade grades report card \
            attendance absence late early bus route stop schedule lunch breakfast menu free reduced meal application form forms \
            enrollment registration kindergarten middle high district office principal counselor nurse health vaccine record records \
            meeting conference calendar holiday vacation closed open snow day delay dismissal pickup drop off safety policy policies \
            homework reading math science history art music library book books computer laptop password portal account login \
            email phone number address contact call visit please read sign return send bring complete submit update check review \
            new important reminder notice deadline week month year today tomorrow morning afternoon evening Monday Tuesday Wednesday \
            Thursday Friday summer fall winter spring program programs service services support special education language learners \
            interpreter translation help questions answers information details center room building campus field trip permission slip \
            uniform dress code transportation after before care activities sports team club clubs volunteer board members community \
            resources food pantry clothing medical dental insurance coverage benefits eligibility documents proof residence birth \
            certificate immunization transcript diploma graduation ceremony test tests exam exams scores results progress goals plan \
            your our the a an for to of in on at by with from and or all each every this that these those more less first last next
            """))

    /// Spanish.
    public static let spanish = BenchmarkLexicon(
        words: split(
            """
            escuela estudiante estudiantes padres familia familias maestro maestra clase clases grado calificaciones boletín \
            asistencia ausencia tarde temprano autobús ruta parada horario almuerzo desayuno menú gratuito reducido comida solicitud \
            formulario inscripción matrícula kínder secundaria preparatoria distrito oficina director consejero enfermera salud vacuna \
            registro reunión conferencia calendario feriado vacaciones cerrado abierto nieve retraso salida recogida seguridad política \
            tarea lectura matemáticas ciencias historia arte música biblioteca libro computadora contraseña portal cuenta correo \
            teléfono número dirección llame visite lea firme devuelva envíe traiga complete actualice revise nuevo importante \
            recordatorio aviso fecha límite semana mes año hoy mañana lunes martes miércoles jueves viernes verano otoño invierno \
            primavera programa servicios apoyo educación especial intérprete traducción ayuda preguntas información centro edificio \
            excursión permiso uniforme transporte actividades deportes equipo voluntario comunidad recursos alimentos ropa médico \
            seguro beneficios documentos comprobante domicilio certificado nacimiento vacunación diploma graduación examen resultados \
            su nuestro el la los las para de en con por y o cada este esta más menos primero último próximo
            """))

    /// Polish.
    public static let polish = BenchmarkLexicon(
        words: split(
            """
            szkoła uczeń uczniowie rodzice rodzina rodziny nauczyciel nauczycielka klasa klasy ocena oceny świadectwo obecność \
            nieobecność spóźnienie autobus trasa przystanek plan lekcji obiad śniadanie jadłospis bezpłatny posiłek wniosek \
            formularz zapisy przedszkole gimnazjum liceum okręg biuro dyrektor pedagog pielęgniarka zdrowie szczepienie zebranie \
            wywiadówka kalendarz święto wakacje zamknięte otwarte śnieg opóźnienie odbiór bezpieczeństwo zasady praca domowa \
            czytanie matematyka przyroda historia plastyka muzyka biblioteka książka komputer hasło konto poczta telefon numer \
            adres zadzwoń odwiedź przeczytaj podpisz zwróć wyślij przynieś uzupełnij sprawdź nowy ważne przypomnienie ogłoszenie \
            termin tydzień miesiąc rok dzisiaj jutro rano poniedziałek wtorek środa czwartek piątek lato jesień zima wiosna \
            program usługi wsparcie edukacja specjalna tłumacz tłumaczenie pomoc pytania informacje budynek wycieczka zgoda \
            mundurek transport zajęcia sport drużyna wolontariusz społeczność żywność odzież lekarz ubezpieczenie świadczenia \
            dokumenty zaświadczenie akt urodzenia egzamin wyniki postępy wasz nasz dla do w na z i lub każdy ten więcej mniej \
            pierwszy ostatni następny źródło łączność gęś żółty
            """))

    /// Portuguese.
    public static let portuguese = BenchmarkLexicon(
        words: split(
            """
            escola aluno alunos pais família famílias professor professora turma série notas boletim frequência falta atraso \
            ônibus rota parada horário almoço café manhã cardápio gratuito refeição inscrição matrícula jardim distrito escritório \
            diretor orientador enfermeira saúde vacina registro reunião calendário feriado férias fechado aberto neve segurança \
            política lição leitura matemática ciências história música biblioteca livro computador senha conta correio telefone \
            número endereço ligue visite leia assine devolva envie traga complete atualize verifique novo importante lembrete \
            aviso prazo semana mês ano hoje amanhã segunda terça quarta quinta sexta verão outono inverno primavera programa \
            serviços apoio educação especial intérprete tradução ajuda perguntas informações centro prédio excursão autorização \
            uniforme transporte atividades esportes equipe voluntário comunidade recursos alimentos roupas médico seguro \
            benefícios documentos comprovante residência certidão nascimento diploma formatura prova resultados seu nosso \
            para de em com por e ou cada este mais menos primeiro último próximo ação coração
            """))

    /// Vietnamese (Latin with stacked diacritics).
    public static let vietnamese = BenchmarkLexicon(
        words: split(
            """
            trường học sinh phụ huynh gia đình giáo viên lớp điểm số bảng điểm chuyên cần vắng mặt muộn xe buýt tuyến trạm \
            lịch bữa trưa bữa sáng thực đơn miễn phí đơn đăng ký mẫu nhập học mẫu giáo trung học khu văn phòng hiệu trưởng \
            cố vấn y tá sức khỏe vắc xin hồ sơ cuộc họp lịch ngày lễ kỳ nghỉ đóng cửa mở cửa tuyết an toàn chính sách bài tập \
            đọc toán khoa học lịch sử nghệ thuật âm nhạc thư viện sách máy tính mật khẩu tài khoản thư điện tử điện thoại \
            số địa chỉ gọi thăm ký tên gửi mang hoàn thành cập nhật kiểm tra mới quan trọng nhắc nhở thông báo hạn chót tuần \
            tháng năm hôm nay ngày mai buổi sáng thứ hai thứ ba mùa hè mùa thu mùa đông mùa xuân chương trình dịch vụ hỗ trợ \
            giáo dục đặc biệt thông dịch viên bản dịch giúp đỡ câu hỏi thông tin trung tâm tòa nhà chuyến đi đồng phục \
            của chúng tôi cho với và hoặc mỗi này nhiều hơn ít hơn đầu tiên cuối cùng tiếp theo
            """))

    /// French.
    public static let french = BenchmarkLexicon(
        words: split(
            """
            école élève élèves parents famille familles enseignant enseignante classe note bulletin présence absence retard \
            autobus trajet arrêt horaire déjeuner cantine menu gratuit repas demande formulaire inscription maternelle collège \
            lycée district bureau directeur conseiller infirmière santé vaccin dossier réunion calendrier férié vacances fermé \
            ouvert neige sécurité règlement devoirs lecture mathématiques sciences histoire musique bibliothèque livre ordinateur \
            mot passe compte courriel téléphone numéro adresse appelez visitez lisez signez renvoyez envoyez apportez complétez \
            nouveau important rappel avis échéance semaine mois année aujourd demain matin lundi mardi mercredi jeudi vendredi \
            été automne hiver printemps programme services soutien éducation spécialisée interprète traduction aide questions \
            renseignements centre bâtiment sortie autorisation uniforme transport activités équipe bénévole communauté \
            ressources vêtements médecin assurance prestations documents justificatif domicile acte naissance diplôme examen \
            résultats votre notre pour de en avec par et ou chaque ce plus moins premier dernier prochain garçon cœur
            """))

    /// A Latin-script list of words from several West African and Caribbean languages the registry holds.
    public static let latinMixed = BenchmarkLexicon(
        words: split(
            """
            lekòl elèv paran fanmi pwofesè klas nòt prezans absans bis manje fòm enskripsyon biwo direktè sante vaksen reyinyon \
            kalandriye vakans sekirite devwa lekti matematik bibliyotèk liv òdinatè telefòn adrès rele vizite li siyen voye pote \
            nouvo enpòtan semèn mwa ane jodi a demen dugsi arday waalid qoys macallin fasal darajo joogitaan bas qado foom \
            diiwaangelin xafiis maamule caafimaad tallaal kulan jadwal fasax badbaado shaqo guri akhris xisaab maktabad buug \
            kumbuyuutar telefoon cinwaan wac booqo saxiix dir keen cusub muhiim toddobaad bil sannad maanta berri ilé ẹ̀kọ́ \
            akẹ́kọ̀ọ́ òbí ẹbí olùkọ́ kíláàsì ìwé ìpàdé ìlera ọjọ́ ọ̀sẹ̀ oṣù ọdún makaranta ɗalibi iyaye malami aji littafi \
            taro lafiya rana mako wata shekara sukuu mwanafunzi wazazi familia mwalimu darasa kitabu mkutano afya siku wiki \
            mwezi mwaka leo kesho
            """))

    /// Russian.
    public static let russian = BenchmarkLexicon(
        words: split(
            """
            школа ученик ученики родители семья семьи учитель учительница класс классы оценка оценки табель посещаемость \
            отсутствие опоздание автобус маршрут остановка расписание обед завтрак меню бесплатный питание заявление форма \
            запись детский сад средняя старшая округ офис директор консультант медсестра здоровье прививка запись собрание \
            конференция календарь праздник каникулы закрыто открыто снег задержка безопасность правила домашнее задание чтение \
            математика естествознание история искусство музыка библиотека книга компьютер пароль портал учётная почта телефон \
            номер адрес позвоните посетите прочитайте подпишите верните отправьте принесите заполните обновите проверьте новый \
            важно напоминание объявление срок неделя месяц год сегодня завтра утром понедельник вторник среда четверг пятница \
            лето осень зима весна программа услуги поддержка образование специальное переводчик перевод помощь вопросы \
            информация центр здание экскурсия разрешение форма транспорт занятия спорт команда волонтёр сообщество ресурсы \
            продукты одежда врач страховка льготы документы справка свидетельство рождении экзамен результаты ваш наш для \
            в на с и или каждый этот больше меньше первый последний следующий ёлка
            """))

    /// Arabic.
    public static let arabic = BenchmarkLexicon(
        words: split(
            """
            مدرسة طالب الطلاب الوالدين عائلة العائلات معلم معلمة الصف الفصول الدرجات بطاقة التقرير الحضور الغياب التأخير \
            الحافلة المسار المحطة الجدول الغداء الإفطار القائمة مجاني وجبة طلب استمارة التسجيل روضة المتوسطة الثانوية المنطقة \
            المكتب المدير المرشد الممرضة الصحة اللقاح السجل اجتماع مؤتمر التقويم عطلة مغلق مفتوح الثلج السلامة السياسة \
            الواجب القراءة الرياضيات العلوم التاريخ الفن الموسيقى المكتبة كتاب الحاسوب كلمة المرور الحساب البريد الهاتف \
            الرقم العنوان اتصل زر اقرأ وقّع أعد أرسل أحضر أكمل حدّث راجع جديد مهم تذكير إشعار الموعد النهائي الأسبوع الشهر \
            السنة اليوم غدا صباحا الاثنين الثلاثاء الأربعاء الخميس الجمعة الصيف الخريف الشتاء الربيع برنامج خدمات دعم التعليم \
            الخاص مترجم ترجمة مساعدة أسئلة معلومات مركز مبنى رحلة إذن الزي النقل الأنشطة الرياضة فريق متطوع المجتمع موارد \
            طعام ملابس طبيب تأمين مزايا وثائق إثبات الإقامة شهادة الميلاد امتحان النتائج الخاص بك لنا إلى من في مع و أو كل \
            هذا أكثر أقل الأول الأخير التالي
            """))

    /// Persian (Arabic script with Persian letters).
    public static let persian = BenchmarkLexicon(
        words: split(
            """
            مدرسه دانش‌آموز والدین خانواده معلم کلاس نمره کارنامه حضور غیبت تأخیر اتوبوس مسیر ایستگاه برنامه ناهار صبحانه \
            رایگان غذا درخواست فرم ثبت‌نام مهدکودک دبیرستان منطقه دفتر مدیر مشاور پرستار سلامت واکسن پرونده جلسه تقویم \
            تعطیلات بسته باز برف ایمنی سیاست تکلیف خواندن ریاضی علوم تاریخ هنر موسیقی کتابخانه کتاب رایانه گذرواژه حساب \
            ایمیل تلفن شماره نشانی تماس بگیرید بخوانید امضا کنید بفرستید بیاورید تکمیل جدید مهم یادآوری اطلاعیه مهلت هفته \
            ماه سال امروز فردا صبح دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه تابستان پاییز زمستان بهار خدمات پشتیبانی آموزش \
            ویژه مترجم ترجمه کمک پرسش اطلاعات مرکز ساختمان اردو اجازه لباس حمل‌ونقل فعالیت ورزش گروه داوطلب جامعه پوشاک \
            پزشک بیمه مدارک گواهی تولد امتحان نتایج شما ما برای از در با و یا هر این بیشتر کمتر اول آخر بعدی
            """))

    /// Hebrew.
    public static let hebrew = BenchmarkLexicon(
        words: split(
            """
            בית ספר תלמיד תלמידים הורים משפחה משפחות מורה כיתה ציון תעודה נוכחות היעדרות איחור אוטובוס מסלול תחנה מערכת \
            ארוחת צהריים בוקר תפריט חינם טופס הרשמה גן חטיבת ביניים תיכון מחוז משרד מנהל יועץ אחות בריאות חיסון פגישה \
            לוח שנה חג חופשה סגור פתוח שלג בטיחות מדיניות שיעורי בית קריאה מתמטיקה מדעים היסטוריה אמנות מוזיקה ספרייה \
            ספר מחשב סיסמה חשבון דואר טלפון מספר כתובת התקשרו בקרו קראו חתמו שלחו הביאו השלימו חדש חשוב תזכורת הודעה \
            מועד שבוע חודש שנה היום מחר ראשון שני שלישי רביעי חמישי קיץ סתיו חורף אביב תוכנית שירותים תמיכה חינוך מיוחד \
            מתורגמן תרגום עזרה שאלות מידע מרכז בניין טיול אישור תלבושת הסעות פעילויות ספורט קבוצה מתנדב קהילה מזון \
            בגדים רופא ביטוח מסמכים אישור תושבות תעודת לידה מבחן תוצאות שלכם שלנו עבור של ב עם ו או כל זה יותר פחות \
            ראשון אחרון הבא
            """))

    /// Chinese, simplified (written without spaces).
    public static let chineseSimplified = BenchmarkLexicon(
        words: split(
            """
            学校 学生 家长 家庭 老师 班级 年级 成绩 成绩单 出勤 缺勤 迟到 校车 路线 车站 时间表 午餐 早餐 菜单 免费 减价 \
            餐食 申请 表格 注册 入学 幼儿园 初中 高中 学区 办公室 校长 辅导员 护士 健康 疫苗 记录 会议 家长会 校历 假日 \
            假期 关闭 开放 下雪 延迟 放学 接送 安全 政策 作业 阅读 数学 科学 历史 美术 音乐 图书馆 书 电脑 密码 账户 \
            电子邮件 电话 号码 地址 致电 访问 请 阅读 签名 交回 发送 带来 填写 提交 更新 查看 新的 重要 提醒 通知 截止 \
            日期 星期 月 年 今天 明天 上午 下午 星期一 星期二 星期三 星期四 星期五 夏天 秋天 冬天 春天 项目 服务 支持 \
            特殊 教育 口译员 翻译 帮助 问题 信息 中心 大楼 校外 考察 许可 校服 交通 活动 体育 球队 志愿者 社区 资源 食品 \
            衣物 医疗 保险 福利 文件 证明 住址 出生 证明 考试 结果 您的 我们的 为了 在 和 或 每个 这个 更多 更少 第一 最后 下一个
            """), isUnspaced: true, fullStop: "。")

    /// Chinese, traditional.
    public static let chineseTraditional = BenchmarkLexicon(
        words: split(
            """
            學校 學生 家長 家庭 老師 班級 年級 成績 成績單 出勤 缺勤 遲到 校車 路線 車站 時間表 午餐 早餐 菜單 免費 \
            餐點 申請 表格 註冊 入學 幼兒園 初中 高中 學區 辦公室 校長 輔導員 護士 健康 疫苗 紀錄 會議 家長會 校曆 假日 \
            假期 關閉 開放 下雪 延遲 放學 接送 安全 政策 作業 閱讀 數學 科學 歷史 美術 音樂 圖書館 書 電腦 密碼 帳戶 \
            電子郵件 電話 號碼 地址 致電 訪問 請 簽名 交回 發送 帶來 填寫 提交 更新 查看 新的 重要 提醒 通知 截止 日期 \
            星期 月 年 今天 明天 上午 下午 夏天 秋天 冬天 春天 項目 服務 支援 特殊 教育 口譯員 翻譯 幫助 問題 資訊 中心 \
            大樓 許可 校服 交通 活動 體育 球隊 志願者 社區 資源 食品 衣物 醫療 保險 福利 文件 證明 出生 考試 結果 您的 我們的
            """), isUnspaced: true, fullStop: "。")

    /// Japanese (kanji and kana, no spaces).
    public static let japanese = BenchmarkLexicon(
        words: split(
            """
            学校 生徒 保護者 家族 先生 クラス 学年 成績 通知表 出席 欠席 遅刻 スクールバス ルート バス停 時間割 昼食 朝食 \
            献立 無料 給食 申請 書類 登録 入学 幼稚園 中学校 高校 学区 事務所 校長 カウンセラー 看護師 健康 予防接種 記録 \
            会議 面談 行事予定 祝日 休み 休校 雪 遅延 下校 お迎え 安全 方針 宿題 読書 数学 理科 歴史 美術 音楽 図書館 本 \
            パソコン パスワード アカウント メール 電話 番号 住所 お電話ください ご確認ください 署名 提出 送信 持参 記入 更新 \
            新しい 重要 お知らせ 締め切り 週 月 年 今日 明日 午前 午後 月曜日 火曜日 水曜日 木曜日 金曜日 夏 秋 冬 春 \
            プログラム サービス 支援 特別 教育 通訳 翻訳 ヘルプ 質問 情報 センター 校舎 遠足 許可 制服 交通 活動 スポーツ \
            チーム ボランティア 地域 食料 衣類 医療 保険 書類 証明 出生 試験 結果 あなたの 私たちの ために で と または 各 この
            """), isUnspaced: true, fullStop: "。")

    /// Korean (Hangul, spaced).
    public static let korean = BenchmarkLexicon(
        words: split(
            """
            학교 학생 학부모 가족 교사 학급 학년 성적 성적표 출석 결석 지각 버스 노선 정류장 시간표 점심 아침 식단 무료 \
            급식 신청 양식 등록 입학 유치원 중학교 고등학교 교육구 사무실 교장 상담사 간호사 건강 예방접종 기록 회의 \
            상담 일정 공휴일 방학 휴교 눈 지연 하교 안전 정책 숙제 독서 수학 과학 역사 미술 음악 도서관 책 컴퓨터 \
            비밀번호 계정 이메일 전화 번호 주소 전화하세요 방문하세요 읽으세요 서명하세요 보내세요 가져오세요 작성하세요 \
            새로운 중요 알림 공지 마감 주 월 년 오늘 내일 오전 오후 월요일 화요일 수요일 목요일 금요일 여름 가을 겨울 봄 \
            프로그램 서비스 지원 특수 교육 통역사 번역 도움 질문 정보 센터 건물 견학 허가 교복 교통 활동 운동 팀 봉사자 \
            지역 사회 자원 음식 의류 의료 보험 서류 증명서 출생 시험 결과 귀하의 우리의 위한 에서 와 또는 각 이
            """))

    /// Hindi (Devanagari).
    public static let hindi = BenchmarkLexicon(
        words: split(
            """
            विद्यालय छात्र छात्रों माता पिता परिवार शिक्षक कक्षा ग्रेड अंक रिपोर्ट उपस्थिति अनुपस्थिति देरी बस मार्ग स्टॉप \
            समय सारणी दोपहर भोजन नाश्ता मेनू मुफ़्त आवेदन फ़ॉर्म पंजीकरण नामांकन बालवाड़ी माध्यमिक ज़िला कार्यालय प्रधानाचार्य \
            परामर्शदाता नर्स स्वास्थ्य टीका रिकॉर्ड बैठक कैलेंडर छुट्टी बंद खुला बर्फ़ सुरक्षा नीति गृहकार्य पढ़ना गणित विज्ञान \
            इतिहास कला संगीत पुस्तकालय किताब कंप्यूटर पासवर्ड खाता ईमेल फ़ोन नंबर पता कॉल करें पढ़ें हस्ताक्षर भेजें लाएँ \
            पूरा करें नया महत्वपूर्ण अनुस्मारक सूचना अंतिम तिथि सप्ताह महीना वर्ष आज कल सुबह सोमवार मंगलवार बुधवार गुरुवार \
            शुक्रवार गर्मी सर्दी कार्यक्रम सेवाएँ सहायता शिक्षा विशेष दुभाषिया अनुवाद मदद प्रश्न जानकारी केंद्र भवन यात्रा \
            अनुमति वर्दी परिवहन गतिविधियाँ खेल टीम स्वयंसेवक समुदाय संसाधन भोजन कपड़े डॉक्टर बीमा दस्तावेज़ प्रमाण जन्म \
            परीक्षा परिणाम आपका हमारा के लिए में साथ और या प्रत्येक यह अधिक कम पहला अंतिम अगला
            """), fullStop: "।")

    /// Greek.
    public static let greek = BenchmarkLexicon(
        words: split(
            """
            σχολείο μαθητής μαθητές γονείς οικογένεια δάσκαλος τάξη βαθμός έλεγχος παρουσία απουσία καθυστέρηση λεωφορείο \
            διαδρομή στάση πρόγραμμα μεσημεριανό πρωινό δωρεάν γεύμα αίτηση έντυπο εγγραφή νηπιαγωγείο γυμνάσιο λύκειο \
            περιφέρεια γραφείο διευθυντής σύμβουλος νοσηλεύτρια υγεία εμβόλιο συνάντηση ημερολόγιο αργία διακοπές κλειστό \
            ανοιχτό χιόνι ασφάλεια εργασία ανάγνωση μαθηματικά φυσική ιστορία μουσική βιβλιοθήκη βιβλίο υπολογιστής κωδικός \
            λογαριασμός τηλέφωνο αριθμός διεύθυνση καλέστε διαβάστε υπογράψτε στείλτε φέρτε νέο σημαντικό υπενθύμιση \
            ανακοίνωση προθεσμία εβδομάδα μήνας έτος σήμερα αύριο Δευτέρα Τρίτη καλοκαίρι φθινόπωρο χειμώνας άνοιξη υπηρεσίες \
            υποστήριξη εκπαίδευση διερμηνέας μετάφραση βοήθεια ερωτήσεις πληροφορίες κέντρο κτίριο εκδρομή άδεια στολή \
            σας μας για σε με και ή κάθε αυτό περισσότερο λιγότερο πρώτο τελευταίο επόμενο
            """))

    /// Amharic and Tigrinya (Ethiopic).
    public static let ethiopic = BenchmarkLexicon(
        words: split(
            """
            ትምህርት ቤት ተማሪ ተማሪዎች ወላጆች ቤተሰብ መምህር ክፍል ውጤት ሪፖርት መገኘት መቅረት አውቶቡስ መንገድ ፌርማታ መርሐግብር \
            ምሳ ቁርስ ነፃ ምግብ ማመልከቻ ቅጽ ምዝገባ መዋዕለ ሕፃናት ዲስትሪክት ቢሮ ርዕሰ መምህር አማካሪ ነርስ ጤና ክትባት መዝገብ ስብሰባ \
            የቀን መቁጠሪያ በዓል እረፍት ዝግ ክፍት ደህንነት ፖሊሲ የቤት ሥራ ንባብ ሂሳብ ሳይንስ ታሪክ ሙዚቃ ቤተ መጻሕፍት መጽሐፍ ኮምፒውተር \
            የይለፍ ቃል መለያ ኢሜይል ስልክ ቁጥር አድራሻ ይደውሉ ያንብቡ ይፈርሙ ይላኩ ያምጡ አዲስ አስፈላጊ ማሳሰቢያ ማስታወቂያ ሳምንት ወር \
            ዓመት ዛሬ ነገ ጠዋት ሰኞ ማክሰኞ ረቡዕ ሐሙስ ዓርብ አገልግሎቶች ድጋፍ ትምህርት ልዩ አስተርጓሚ ትርጉም እርዳታ ጥያቄዎች መረጃ ማዕከል \
            ሕንፃ ፈቃድ ዩኒፎርም መጓጓዣ እንቅስቃሴዎች ስፖርት ቡድን በጎ ፈቃደኛ ማህበረሰብ የእርስዎ የእኛ ለ በ ጋር እና ወይም
            """), fullStop: "።")

    /// Thai (no spaces between words).
    public static let thai = BenchmarkLexicon(
        words: split(
            """
            โรงเรียน นักเรียน ผู้ปกครอง ครอบครัว ครู ห้องเรียน ชั้น คะแนน สมุดพก การเข้าเรียน ขาดเรียน มาสาย รถโรงเรียน เส้นทาง \
            ป้าย ตารางเรียน อาหารกลางวัน อาหารเช้า เมนู ฟรี ใบสมัคร แบบฟอร์ม ลงทะเบียน อนุบาล มัธยม เขตการศึกษา สำนักงาน \
            ผู้อำนวยการ ครูแนะแนว พยาบาล สุขภาพ วัคซีน บันทึก ประชุม ปฏิทิน วันหยุด ปิดเทอม ปิด เปิด ความปลอดภัย นโยบาย การบ้าน \
            การอ่าน คณิตศาสตร์ วิทยาศาสตร์ ประวัติศาสตร์ ศิลปะ ดนตรี ห้องสมุด หนังสือ คอมพิวเตอร์ รหัสผ่าน บัญชี อีเมล โทรศัพท์ \
            หมายเลข ที่อยู่ โทร อ่าน ลงชื่อ ส่ง นำมา กรอก ใหม่ สำคัญ แจ้งเตือน ประกาศ กำหนดส่ง สัปดาห์ เดือน ปี วันนี้ พรุ่งนี้ \
            บริการ ช่วยเหลือ การศึกษาพิเศษ ล่าม แปล คำถาม ข้อมูล ศูนย์ อาคาร ทัศนศึกษา อนุญาต เครื่องแบบ การเดินทาง กิจกรรม \
            กีฬา ทีม อาสาสมัคร ชุมชน ของคุณ ของเรา สำหรับ ใน กับ และ หรือ
            """), isUnspaced: true)

    /// Letters of a script, for scripts without a word list: pseudo-words of 2 to 6 letters of that script.
    static let scriptLetters: [String: (UInt32, UInt32)] = [
        "Mymr": (0x1000, 0x102A), "Khmr": (0x1780, 0x17A2), "Laoo": (0x0E81, 0x0EAE), "Guru": (0x0A15, 0x0A39),
        "Gujr": (0x0A95, 0x0AB9), "Taml": (0x0B95, 0x0BB9), "Telu": (0x0C15, 0x0C39), "Knda": (0x0C95, 0x0CB9),
        "Mlym": (0x0D15, 0x0D39), "Beng": (0x0995, 0x09B9), "Armn": (0x0561, 0x0586), "Syrc": (0x0710, 0x072C),
        "Kali": (0xA90A, 0xA921), "Geor": (0x10D0, 0x10F0), "Sinh": (0x0D9A, 0x0DC6), "Tibt": (0x0F40, 0x0F6C),
        "Rohg": (0x10D00, 0x10D23),
    ]

    /// The lexicon for a target language: its own list, else one of its script, else pseudo-words of its script.
    public static func forLanguage(tag: String, script: String) -> BenchmarkLexicon {
        let base = tag.split(separator: "-").first.map(String.init) ?? tag
        switch base {
        case "es": return spanish
        case "pl": return polish
        case "pt": return portuguese
        case "vi": return vietnamese
        case "fr": return french
        case "ru", "uk", "mk", "sr", "uz": return script == "Cyrl" || base == "ru" ? russian : latinMixed
        case "fa", "ps": return persian
        case "he": return hebrew
        case "ja": return japanese
        case "ko": return korean
        case "th": return thai
        case "el": return greek
        case "hi", "mr", "ne": return hindi
        case "am", "ti": return ethiopic
        case "zh", "yue": return script == "Hant" || base == "yue" ? chineseTraditional : chineseSimplified
        default: break
        }
        switch script {
        case "Arab": return arabic
        case "Cyrl": return russian
        case "Hebr": return hebrew
        case "Hans": return chineseSimplified
        case "Hant": return chineseTraditional
        case "Deva": return hindi
        case "Ethi": return ethiopic
        case "Grek": return greek
        case "Latn", "": return latinMixed
        default: break
        }
        guard let (low, high) = scriptLetters[script] else { return latinMixed }
        // A fixed pseudo-vocabulary of the script, the same for every run.
        var random = BenchmarkRandom(seed: 0x5C41_7000 &+ UInt64(low))
        var words: [String] = []
        for _ in 0..<200 {
            var word = ""
            for _ in 0..<random.int(in: 2...6) {
                word.unicodeScalars.append(Unicode.Scalar(random.int(in: Int(low)...Int(high))).map { $0 } ?? "a")
            }
            words.append(word)
        }
        let unspaced = ["Mymr", "Khmr", "Laoo"].contains(script)
        return BenchmarkLexicon(words: words, isUnspaced: unspaced, fullStop: script == "Mymr" ? "။" : ".")
    }

    private static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }
}

/// SplitMix64: small, fast, and the same sequence on every platform for a seed.
public struct BenchmarkRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for one named part of a run, independent of what else is generated.
    public init(seed: UInt64, label: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in label.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        state = seed ^ hash
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in the range.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    public mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}
